package org.edgefilter.vision.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.edgefilter.framework.io.Npy;
import org.edgefilter.framework.io.NpyArray;
import org.junit.jupiter.api.Test;

/**
 * Compares the deterministic corruptions with outputs of the libraries the original scripts call
 * (scikit-image 0.19, OpenCV 4.6, Pillow 9.4, SciPy, ImageMagick 6.9.11 Q16), written by {@code
 * src/test/python/make_reference_corruptions.py} for a synthetic image. The port is expected to be
 * bit-exact on these.
 */
class ReferenceCorruptionsTest {

  private static final List<String> NAMES =
      List.of(
          "brightness",
          "contrast",
          "pixelate",
          "jpeg_compression",
          "defocus_blur",
          "gaussian_blur",
          "saturate",
          "zoom_blur",
          "motion_blur");
  private static final double[] MOTION_ANGLES = {-40.0, -10.0, 0.0, 23.5, 44.0};
  private static final double[][] MOTION_PARAMS = {{6, 1}, {6, 1.5}, {6, 2}, {8, 2}, {9, 2.5}};

  private static NpyArray resource(String name) throws URISyntaxException {
    return Npy.read(Path.of(ReferenceCorruptionsTest.class.getResource(name).toURI()));
  }

  @Test
  void deterministicCorruptionsMatchTheOriginalLibrariesBitForBit() throws Exception {
    byte[] image = resource("synthetic.npy").toUint8();
    NpyArray ref = resource("reference_cifar.npy");
    assertArrayEquals(new long[] {NAMES.size() * 5L, 32, 32, 3}, ref.shape());
    CorruptionGenerator gen = CorruptionGenerator.builder(Resolution.CIFAR).build();
    byte[] all = ref.toUint8();
    for (int k = 0; k < NAMES.size(); k++) {
      for (int s = 1; s <= 5; s++) {
        int row = 5 * k + s - 1;
        byte[] expected = Arrays.copyOfRange(all, row * 3072, (row + 1) * 3072);
        byte[] actual =
            NAMES.get(k).equals("motion_blur")
                ? MotionBlur.apply(
                    image,
                    32,
                    32,
                    3,
                    MOTION_PARAMS[s - 1][0],
                    MOTION_PARAMS[s - 1][1],
                    MOTION_ANGLES[s - 1])
                : gen.corrupt(image, Corruption.fromId(NAMES.get(k)), s, 0);
        int differing = 0;
        for (int i = 0; i < expected.length; i++) {
          differing += expected[i] != actual[i] ? 1 : 0;
        }
        assertEquals(0, differing, NAMES.get(k) + " severity " + s + ": values differing");
      }
    }
  }

  @Test
  void motionBlurCorruptionDrawsItsAngleFromTheStream() {
    // motion_blur's only randomness is the angle U(-45, 45): a stream whose first uniform is
    // 35/90 gives angle -10, i.e. reference row 1 (severity 2) of the motion blur block.
    RandomGenerator fixed = () -> 0L;
    RandomGenerator angleMinus10 =
        new RandomGenerator() {
          @Override
          public long nextLong() {
            return fixed.nextLong();
          }

          @Override
          public double nextDouble() {
            return 35.0 / 90.0;
          }
        };
    byte[] image = new byte[3072];
    for (int i = 0; i < image.length; i++) {
      image[i] = (byte) (i * 7);
    }
    byte[] viaCorruption =
        new BlurCorruptions.MotionBlurCorruption(Resolution.CIFAR)
            .apply(image, 32, 2, angleMinus10);
    assertArrayEquals(MotionBlur.apply(image, 32, 32, 3, 6, 1.5, -10.0), viaCorruption);
  }
}
