package org.edgefilter.nerf.metrics;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.edgefilter.framework.io.RgbImage;

/**
 * LPIPS v0.1 with the AlexNet backbone (Zhang et al. 2018, "The Unreasonable Effectiveness of Deep
 * Features as a Perceptual Metric"; {@code lpips.LPIPS(net='alex')}), the variant NeRF papers
 * report.
 *
 * <p><b>Weights are not bundled and cannot be fetched offline.</b> {@link #load(Optional)} without
 * a file gives a metric whose every score is "not computed" with the reason; it never invents a
 * number. With a file, the forward pass below runs in plain Java. The forward pass is tested for
 * its layer arithmetic, shapes and the metric's properties (zero for identical images, symmetry) on
 * synthetic weights only; it has <b>not</b> been compared with the reference implementation's
 * numbers because no pretrained weights were available to do so. Check one image pair against
 * {@code lpips} in Python before trusting reported values.
 *
 * <p>Expected file: a NumPy {@code .npz} (uncompressed or compressed) with little-endian float32
 * arrays in C order under these keys (torchvision AlexNet {@code features} plus the LPIPS linear
 * heads, with their PyTorch state-dict names):
 *
 * <pre>
 *   features.0.weight [64, 3, 11, 11]   features.0.bias [64]
 *   features.3.weight [192, 64, 5, 5]   features.3.bias [192]
 *   features.6.weight [384, 192, 3, 3]  features.6.bias [384]
 *   features.8.weight [256, 384, 3, 3]  features.8.bias [256]
 *   features.10.weight [256, 256, 3, 3] features.10.bias [256]
 *   lin0.model.1.weight [1, 64, 1, 1]   lin1.model.1.weight [1, 192, 1, 1]
 *   lin2.model.1.weight [1, 384, 1, 1]  lin3.model.1.weight [1, 256, 1, 1]
 *   lin4.model.1.weight [1, 256, 1, 1]
 * </pre>
 *
 * Produced, where PyTorch and the {@code lpips} package are installed (the package's AlexNet slices
 * keep torchvision's module indices, so {@code net.slice2.3.weight} is {@code features.3.weight}):
 *
 * <pre>
 *   m = lpips.LPIPS(net='alex', version='0.1')
 *   out = {}
 *   for k, v in m.state_dict().items():
 *       if k.startswith('net.slice'): out['features.' + k.split('.', 2)[2]] = v.numpy()
 *       elif k.startswith('lin'): out[k] = v.numpy()
 *   np.savez('lpips_alex_v0.1.npz', **out)
 * </pre>
 *
 * <p>Forward pass, per image: x in [0, 1] becomes {@code 2x - 1}, then {@code (x - shift) / scale}
 * with shift (-0.030, -0.088, -0.188) and scale (0.458, 0.448, 0.450); AlexNet features: conv 11x11
 * stride 4 pad 2, ReLU (layer 1); max-pool 3 stride 2, conv 5x5 pad 2, ReLU (layer 2); max-pool 3
 * stride 2, conv 3x3 pad 1, ReLU (layer 3); conv 3x3 pad 1, ReLU (layer 4); conv 3x3 pad 1, ReLU
 * (layer 5). For each layer l the features of both images are divided by their channel-wise L2 norm
 * plus 1e-10, the squared difference is weighted per channel by lin_l (a 1x1 convolution without
 * bias) and averaged over space; LPIPS is the sum over the five layers. Images must be at least
 * 32x32.
 */
public final class Lpips implements PerceptualMetric {

  /** Reported metric name. */
  public static final String NAME = "lpips_alex";

  private static final float[] SHIFT = {-0.030f, -0.088f, -0.188f};
  private static final float[] SCALE = {0.458f, 0.448f, 0.450f};
  private static final double EPS = 1e-10;
  private static final int MIN_SIZE = 32;

  /** AlexNet conv layers: state-dict index, out, in, kernel, stride, pad. */
  private static final int[][] CONVS = {
    {0, 64, 3, 11, 4, 2},
    {3, 192, 64, 5, 1, 2},
    {6, 384, 192, 3, 1, 1},
    {8, 256, 384, 3, 1, 1},
    {10, 256, 256, 3, 1, 1}
  };

  private final Conv2d[] convs;
  private final float[][] lins;

  private Lpips(Conv2d[] convs, float[][] lins) {
    this.convs = convs;
    this.lins = lins;
  }

  /**
   * LPIPS from a weights file, or a metric that reports "not computed" when none is given.
   *
   * @param weights the {@code .npz} described in the class documentation, or empty
   * @throws IllegalArgumentException naming the file and the key when an array is missing or has
   *     the wrong shape
   */
  public static PerceptualMetric load(Optional<Path> weights) {
    if (weights.isEmpty()) {
      return new Unavailable(
          "no LPIPS weights file was supplied; LPIPS needs pretrained AlexNet and LPIPS v0.1 "
              + "linear-layer weights, which are not bundled and cannot be downloaded offline "
              + "(see the Lpips javadoc for the expected .npz format)");
    }
    Path file = weights.get();
    Map<String, NpzArchive.Array> arrays = NpzArchive.read(file);
    Conv2d[] convs = new Conv2d[CONVS.length];
    float[][] lins = new float[CONVS.length][];
    for (int l = 0; l < CONVS.length; l++) {
      int[] c = CONVS[l];
      String prefix = "features." + c[0];
      float[] w = require(file, arrays, prefix + ".weight", c[1], c[2], c[3], c[3]);
      float[] b = require(file, arrays, prefix + ".bias", c[1]);
      convs[l] = new Conv2d(c[1], c[2], c[3], c[4], c[5], w, b);
      lins[l] = require(file, arrays, "lin" + l + ".model.1.weight", 1, c[1], 1, 1);
    }
    return new Lpips(convs, lins);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public PerceptualScore score(RgbImage reference, RgbImage test) {
    Metrics.requireSameSize(reference, test);
    if (reference.height() < MIN_SIZE || reference.width() < MIN_SIZE) {
      throw new IllegalArgumentException(
          "LPIPS (AlexNet) needs images of at least "
              + MIN_SIZE
              + "x"
              + MIN_SIZE
              + ", got "
              + reference.height()
              + "x"
              + reference.width());
    }
    Tensor[] a = features(reference);
    Tensor[] b = features(test);
    double total = 0;
    for (int l = 0; l < a.length; l++) {
      total += layerDistance(a[l], b[l], lins[l]);
    }
    return PerceptualScore.computed(NAME, total);
  }

  /** The five ReLU outputs of AlexNet for one image. */
  Tensor[] features(RgbImage image) {
    int h = image.height();
    int w = image.width();
    float[] x = new float[3 * h * w];
    float[] p = image.pixels();
    for (int c = 0; c < 3; c++) {
      for (int k = 0; k < h * w; k++) {
        x[c * h * w + k] = (2 * p[3 * k + c] - 1 - SHIFT[c]) / SCALE[c];
      }
    }
    Tensor t = new Tensor(3, h, w, x);
    Tensor[] out = new Tensor[5];
    out[0] = relu(convs[0].apply(t));
    out[1] = relu(convs[1].apply(maxPool(out[0])));
    out[2] = relu(convs[2].apply(maxPool(out[1])));
    out[3] = relu(convs[3].apply(out[2]));
    out[4] = relu(convs[4].apply(out[3]));
    return out;
  }

  private static double layerDistance(Tensor a, Tensor b, float[] lin) {
    int hw = a.h() * a.w();
    double sum = 0;
    for (int k = 0; k < hw; k++) {
      double na = 0;
      double nb = 0;
      for (int c = 0; c < a.c(); c++) {
        double va = a.data()[c * hw + k];
        double vb = b.data()[c * hw + k];
        na += va * va;
        nb += vb * vb;
      }
      na = Math.sqrt(na) + EPS;
      nb = Math.sqrt(nb) + EPS;
      for (int c = 0; c < a.c(); c++) {
        double d = a.data()[c * hw + k] / na - b.data()[c * hw + k] / nb;
        sum += lin[c] * d * d;
      }
    }
    return sum / hw;
  }

  private static float[] require(
      Path file, Map<String, NpzArchive.Array> arrays, String key, int... shape) {
    NpzArchive.Array array = arrays.get(key);
    if (array == null) {
      throw new IllegalArgumentException(
          file + ": missing array '" + key + "' of shape " + Arrays.toString(shape));
    }
    if (!Arrays.equals(array.shape(), shape)) {
      throw new IllegalArgumentException(
          file
              + ": array '"
              + key
              + "' has shape "
              + Arrays.toString(array.shape())
              + ", expected "
              + Arrays.toString(shape));
    }
    return array.values();
  }

  /** A [channels, height, width] feature map. */
  record Tensor(int c, int h, int w, float[] data) {}

  static Tensor relu(Tensor t) {
    float[] d = t.data();
    for (int k = 0; k < d.length; k++) {
      d[k] = Math.max(0f, d[k]);
    }
    return t;
  }

  /** Max-pool 3x3, stride 2, no padding, floor (torch {@code MaxPool2d(3, 2)}). */
  static Tensor maxPool(Tensor t) {
    int oh = (t.h() - 3) / 2 + 1;
    int ow = (t.w() - 3) / 2 + 1;
    float[] out = new float[t.c() * oh * ow];
    for (int c = 0; c < t.c(); c++) {
      for (int y = 0; y < oh; y++) {
        for (int x = 0; x < ow; x++) {
          float m = Float.NEGATIVE_INFINITY;
          for (int dy = 0; dy < 3; dy++) {
            for (int dx = 0; dx < 3; dx++) {
              m = Math.max(m, t.data()[(c * t.h() + 2 * y + dy) * t.w() + 2 * x + dx]);
            }
          }
          out[(c * oh + y) * ow + x] = m;
        }
      }
    }
    return new Tensor(t.c(), oh, ow, out);
  }

  /** A 2D convolution (cross-correlation) with zero padding, weights [out, in, k, k]. */
  record Conv2d(int out, int in, int k, int stride, int pad, float[] weight, float[] bias) {

    Tensor apply(Tensor x) {
      if (x.c() != in) {
        throw new IllegalArgumentException("conv expects " + in + " channels, got " + x.c());
      }
      int oh = (x.h() + 2 * pad - k) / stride + 1;
      int ow = (x.w() + 2 * pad - k) / stride + 1;
      float[] y = new float[out * oh * ow];
      IntStream.range(0, out).parallel().forEach(o -> convolveChannel(x, o, oh, ow, y));
      return new Tensor(out, oh, ow, y);
    }

    private void convolveChannel(Tensor x, int o, int oh, int ow, float[] y) {
      int base = o * oh * ow;
      Arrays.fill(y, base, base + oh * ow, bias[o]);
      float[] in = x.data();
      for (int c = 0; c < this.in; c++) {
        for (int ky = 0; ky < k; ky++) {
          for (int kx = 0; kx < k; kx++) {
            float wv = weight[((o * this.in + c) * k + ky) * k + kx];
            // Output columns whose input column ox * stride + kx - pad lies inside the image.
            int x0 = Math.max(0, ceilDiv(pad - kx, stride));
            int x1 = Math.min(ow - 1, Math.floorDiv(x.w() - 1 + pad - kx, stride));
            for (int oy = 0; oy < oh; oy++) {
              int iy = oy * stride + ky - pad;
              if (iy < 0 || iy >= x.h() || x0 > x1) {
                continue;
              }
              int row = (c * x.h() + iy) * x.w() + kx - pad;
              int dst = base + oy * ow;
              for (int ox = x0; ox <= x1; ox++) {
                y[dst + ox] += wv * in[row + ox * stride];
              }
            }
          }
        }
      }
    }

    private static int ceilDiv(int a, int b) {
      return -Math.floorDiv(-a, b);
    }
  }

  /** The metric without weights: every score says why it was not computed. */
  private record Unavailable(String reason) implements PerceptualMetric {

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public boolean available() {
      return false;
    }

    @Override
    public PerceptualScore score(RgbImage reference, RgbImage test) {
      Metrics.requireSameSize(reference, test);
      return PerceptualScore.notComputed(NAME, reason);
    }
  }
}
