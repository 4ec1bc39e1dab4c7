"""Writes the reference outputs that ReferenceCorruptionsTest compares the Java port against.

The deterministic CIFAR corruptions of shared/corruptions.md (brightness, contrast, pixelate,
jpeg_compression, defocus_blur, gaussian_blur, saturate, zoom_blur) and ImageMagick's motion blur
at fixed angles, computed with the libraries the original scripts call, on a synthetic 32x32
image (no data set pixels are stored). Run with Debian 12's python3 and python3-skimage (0.19),
python3-opencv (4.6), python3-pil (9.4), python3-scipy, python3-wand + imagemagick (6.9.11 Q16):

    python3 make_reference_corruptions.py OUT_DIR

It writes OUT_DIR/reference_cifar.npy: uint8 [9 * 5, 32, 32, 3], row 5 * k + (s - 1) being
corruption k of NAMES at severity s, and OUT_DIR/synthetic.npy, the input image.
"""
import ctypes
import sys
from io import BytesIO

import cv2
import numpy as np
from PIL import Image
from scipy.ndimage import zoom as scipy_zoom
from skimage import color
from skimage.filters import gaussian
from wand.api import library as magick
from wand.image import Image as WandImage

NAMES = ['brightness', 'contrast', 'pixelate', 'jpeg_compression', 'defocus_blur',
         'gaussian_blur', 'saturate', 'zoom_blur', 'motion_blur']
MOTION_ANGLES = [-40.0, -10.0, 0.0, 23.5, 44.0]


def synthetic():
    y, x, c = np.meshgrid(np.arange(32), np.arange(32), np.arange(3), indexing='ij')
    img = (y * 37 + x * 11 + c * 85 + (x * y) % 23) % 256
    img[4:12, 20:28, :] = 255   # a saturated patch
    img[20:26, 2:9, :] = 0      # a black patch
    return img.astype(np.uint8)


def to_unit(img):
    return np.asarray(img) / 255.0


def hsv_edit(img, channel, fn):
    hsv = color.rgb2hsv(to_unit(img))
    hsv[:, :, channel] = np.clip(fn(hsv[:, :, channel]), 0, 1)
    return np.clip(color.hsv2rgb(hsv), 0, 1) * 255


def brightness(img, s):
    return hsv_edit(img, 2, lambda v: v + [.05, .1, .15, .2, .3][s - 1])


def saturate(img, s):
    mul, add = [(.3, 0), (.1, 0), (1.5, 0), (2, .1), (2.5, .2)][s - 1]
    return hsv_edit(img, 1, lambda v: v * mul + add)


def contrast(img, s):
    c = [.75, .5, .4, .3, .15][s - 1]
    x = to_unit(img)
    mean = x.mean(axis=(0, 1), keepdims=True)
    return np.clip((x - mean) * c + mean, 0, 1) * 255


def pixelate(img, s):
    side = int(32 * [.95, .9, .85, .75, .65][s - 1])
    small = Image.fromarray(img).resize((side, side), Image.BOX)
    return np.asarray(small.resize((32, 32), Image.BOX))


def jpeg_compression(img, s):
    buf = BytesIO()
    Image.fromarray(img).save(buf, 'JPEG', quality=[80, 65, 58, 50, 40][s - 1])
    return np.asarray(Image.open(buf))


def defocus_blur(img, s):
    radius, alias = [(.3, .4), (.4, .5), (.5, .6), (1, .2), (1.5, .1)][s - 1]
    grid = np.arange(-8, 9)
    gx, gy = np.meshgrid(grid, grid)
    disk = (gx ** 2 + gy ** 2 <= radius ** 2).astype(np.float32)
    disk /= disk.sum()
    kernel = cv2.GaussianBlur(disk, (3, 3), alias)
    x = to_unit(img)
    out = np.stack([cv2.filter2D(x[:, :, k], -1, kernel) for k in range(3)], axis=2)
    return np.clip(out, 0, 1) * 255


def gaussian_blur(img, s):
    sigma = [.4, .6, .7, .8, 1][s - 1]
    return np.clip(gaussian(to_unit(img), sigma=sigma, multichannel=True), 0, 1) * 255


def clipped_zoom(a, z):
    side = a.shape[0]
    crop = int(np.ceil(side / z))
    top = (side - crop) // 2
    big = scipy_zoom(a[top:top + crop, top:top + crop], (z, z, 1), order=1)
    trim = (big.shape[0] - side) // 2
    return big[trim:trim + side, trim:trim + side]


def zoom_blur(img, s):
    factors = np.arange(1, [1.06, 1.11, 1.16, 1.21, 1.26][s - 1], 0.01)
    x = to_unit(img).astype(np.float32)
    acc = np.zeros_like(x)
    for z in factors:
        acc += clipped_zoom(x, z)
    return np.clip((x + acc) / (len(factors) + 1), 0, 1) * 255


magick.MagickMotionBlurImage.argtypes = (ctypes.c_void_p, ctypes.c_double, ctypes.c_double,
                                         ctypes.c_double)


def motion_blur(img, s):
    radius, sigma = [(6, 1), (6, 1.5), (6, 2), (8, 2), (9, 2.5)][s - 1]
    buf = BytesIO()
    Image.fromarray(img).save(buf, format='PNG')
    wand = WandImage(blob=buf.getvalue())
    magick.MagickMotionBlurImage(wand.wand, radius, sigma, MOTION_ANGLES[s - 1])
    out = cv2.imdecode(np.frombuffer(wand.make_blob(), np.uint8), cv2.IMREAD_UNCHANGED)
    return out[..., ::-1] if out.ndim == 3 else np.stack([out] * 3, axis=2)


def main(out_dir):
    img = synthetic()
    rows = [np.uint8(globals()[name](img, s)) for name in NAMES for s in range(1, 6)]
    np.save(out_dir + '/reference_cifar.npy', np.stack(rows).astype(np.uint8))
    np.save(out_dir + '/synthetic.npy', img)


if __name__ == '__main__':
    main(sys.argv[1])
