package org.edgefilter.nerf.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.edgefilter.framework.io.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LPIPS without pretrained weights (none are available offline): the "not computed" path, the
 * weights file format, and the forward pass's arithmetic on synthetic weights against direct
 * reference loops. These tests cannot show agreement with the published LPIPS numbers.
 */
class LpipsTest {

  @TempDir Path dir;

  @Test
  void withoutWeightsEveryScoreIsNotComputed() {
    PerceptualMetric lpips = Lpips.load(Optional.empty());
    assertFalse(lpips.available());
    PerceptualScore score =
        lpips.score(RgbImage.filled(40, 40, 1, 1, 1), RgbImage.filled(40, 40, 0, 0, 0));
    assertFalse(score.isComputed());
    assertTrue(score.value().isEmpty());
    assertTrue(score.note().contains("weights"), score.note());
    assertEquals("lpips_alex", score.metric());
  }

  @Test
  void convolutionMatchesDirectLoops() {
    Random random = new Random(1);
    // out, in, kernel, stride, pad, height, width
    int[][] configs = {{4, 3, 11, 4, 2, 37, 41}, {5, 6, 3, 1, 1, 9, 7}, {2, 3, 5, 1, 2, 8, 6}};
    for (int[] cfg : configs) {
      int out = cfg[0];
      int in = cfg[1];
      int k = cfg[2];
      float[] w = randoms(random, out * in * k * k);
      float[] b = randoms(random, out);
      Lpips.Tensor x = new Lpips.Tensor(in, cfg[5], cfg[6], randoms(random, in * cfg[5] * cfg[6]));
      Lpips.Tensor y = new Lpips.Conv2d(out, in, k, cfg[3], cfg[4], w, b).apply(x);
      float[] expected = conv(x, w, b, out, k, cfg[3], cfg[4]);
      assertEquals(expected.length, y.data().length);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], y.data()[i], 1e-4f, "conv " + Arrays.toString(cfg) + " at " + i);
      }
    }
  }

  @Test
  void maxPoolTakesThreeByThreeMaximaWithStrideTwo() {
    float[] v = new float[25];
    for (int i = 0; i < 25; i++) {
      v[i] = (i * 7) % 25;
    }
    // 5x5 -> 2x2; windows start at rows/cols 0 and 2.
    Lpips.Tensor p = Lpips.maxPool(new Lpips.Tensor(1, 5, 5, v));
    assertEquals(2, p.h());
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 2; x++) {
        float m = Float.NEGATIVE_INFINITY;
        for (int dy = 0; dy < 3; dy++) {
          for (int dx = 0; dx < 3; dx++) {
            m = Math.max(m, v[(2 * y + dy) * 5 + 2 * x + dx]);
          }
        }
        assertEquals(m, p.data()[y * 2 + x]);
      }
    }
  }

  @Test
  void identicalImagesScoreZeroAndScoresAreSymmetric() throws IOException {
    Path file = writeWeights(new Random(2), false, null);
    PerceptualMetric lpips = Lpips.load(Optional.of(file));
    assertTrue(lpips.available());
    RgbImage x = MetricsTest.random(40, 44, new Random(3));
    RgbImage y = MetricsTest.random(40, 44, new Random(4));
    assertEquals(0.0, lpips.score(x, x).value().getAsDouble());
    double xy = lpips.score(x, y).value().getAsDouble();
    assertTrue(xy > 0);
    assertEquals(xy, lpips.score(y, x).value().getAsDouble(), 1e-9 * xy);
  }

  @Test
  void firstLayerTermMatchesADirectComputation() throws IOException {
    // With lin1..lin4 zero, LPIPS is layer 1 alone: scale to [-1, 1], shift/scale, conv 11x11
    // stride 4 pad 2, ReLU, unit-normalize over channels, weighted squared difference, mean.
    Random random = new Random(5);
    Map<String, float[]> weights = new LinkedHashMap<>();
    Path file = writeWeights(random, true, weights);
    PerceptualMetric lpips = Lpips.load(Optional.of(file));
    RgbImage x = MetricsTest.random(36, 33, new Random(6));
    RgbImage y = MetricsTest.random(36, 33, new Random(7));
    float[] w = weights.get("features.0.weight");
    float[] b = weights.get("features.0.bias");
    float[] lin = weights.get("lin0.model.1.weight");
    float[] fx = conv(scaled(x), w, b, 64, 11, 4, 2);
    float[] fy = conv(scaled(y), w, b, 64, 11, 4, 2);
    int hw = fx.length / 64;
    double expected = 0;
    for (int p = 0; p < hw; p++) {
      double nx = 0;
      double ny = 0;
      for (int c = 0; c < 64; c++) {
        nx += Math.pow(Math.max(0, fx[c * hw + p]), 2);
        ny += Math.pow(Math.max(0, fy[c * hw + p]), 2);
      }
      for (int c = 0; c < 64; c++) {
        double d =
            Math.max(0, fx[c * hw + p]) / (Math.sqrt(nx) + 1e-10)
                - Math.max(0, fy[c * hw + p]) / (Math.sqrt(ny) + 1e-10);
        expected += lin[c] * d * d;
      }
    }
    expected /= hw;
    assertEquals(expected, lpips.score(x, y).value().getAsDouble(), 1e-5 * expected);
  }

  @Test
  void badWeightsFilesAreNamed() throws IOException {
    Map<String, float[]> arrays = new LinkedHashMap<>();
    Map<String, int[]> shapes = new LinkedHashMap<>();
    shapes.put("features.0.weight", new int[] {64, 3, 11, 11});
    arrays.put("features.0.weight", new float[64 * 3 * 121]);
    Path missing = dir.resolve("partial.npz");
    writeNpz(missing, arrays, shapes);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lpips.load(Optional.of(missing)));
    assertTrue(
        e.getMessage().contains("partial.npz") && e.getMessage().contains("features.0.bias"),
        e.getMessage());

    shapes.put("features.0.weight", new int[] {64, 3, 121});
    Path wrongShape = dir.resolve("shape.npz");
    writeNpz(wrongShape, arrays, shapes);
    e = assertThrows(IllegalArgumentException.class, () -> Lpips.load(Optional.of(wrongShape)));
    assertTrue(e.getMessage().contains("[64, 3, 121]"), e.getMessage());

    Path notZip = dir.resolve("garbage.npz");
    Files.writeString(notZip, "not a zip");
    assertThrows(RuntimeException.class, () -> Lpips.load(Optional.of(notZip)));
    assertThrows(RuntimeException.class, () -> Lpips.load(Optional.of(dir.resolve("none.npz"))));
  }

  /** Random AlexNet-shaped weights; lin weights non-negative; layers 2-5 silenced if asked. */
  private Path writeWeights(Random random, boolean firstLayerOnly, Map<String, float[]> keep)
      throws IOException {
    int[][] convs = {
      {0, 64, 3, 11}, {3, 192, 64, 5}, {6, 384, 192, 3}, {8, 256, 384, 3}, {10, 256, 256, 3}
    };
    Map<String, float[]> arrays = new LinkedHashMap<>();
    Map<String, int[]> shapes = new LinkedHashMap<>();
    for (int l = 0; l < convs.length; l++) {
      int[] c = convs[l];
      float scale = (float) Math.sqrt(2.0 / (c[2] * c[3] * c[3]));
      float[] w = randoms(random, c[1] * c[2] * c[3] * c[3]);
      for (int i = 0; i < w.length; i++) {
        w[i] *= scale;
      }
      arrays.put("features." + c[0] + ".weight", w);
      shapes.put("features." + c[0] + ".weight", new int[] {c[1], c[2], c[3], c[3]});
      arrays.put("features." + c[0] + ".bias", randoms(random, c[1]));
      shapes.put("features." + c[0] + ".bias", new int[] {c[1]});
      float[] lin = new float[c[1]];
      for (int i = 0; i < lin.length; i++) {
        lin[i] = firstLayerOnly && l > 0 ? 0 : random.nextFloat();
      }
      arrays.put("lin" + l + ".model.1.weight", lin);
      shapes.put("lin" + l + ".model.1.weight", new int[] {1, c[1], 1, 1});
    }
    if (keep != null) {
      keep.putAll(arrays);
    }
    Path file = dir.resolve("weights.npz");
    writeNpz(file, arrays, shapes);
    return file;
  }

  /** An uncompressed .npz of '<f4' C-order arrays, as np.savez writes (npy format 1.0). */
  private static void writeNpz(Path file, Map<String, float[]> arrays, Map<String, int[]> shapes)
      throws IOException {
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.setLevel(Deflater.NO_COMPRESSION);
      for (var entry : arrays.entrySet()) {
        int[] shape = shapes.get(entry.getKey());
        StringBuilder dims = new StringBuilder();
        for (int d : shape) {
          dims.append(d).append(", ");
        }
        String header =
            "{'descr': '<f4', 'fortran_order': False, 'shape': ("
                + (shape.length == 1
                    ? dims.toString().trim()
                    : dims.substring(0, dims.length() - 2))
                + "), }";
        int padded = ((10 + header.length() + 1 + 63) / 64) * 64 - 10;
        header = header + " ".repeat(padded - header.length() - 1) + "\n";
        ByteBuffer buf =
            ByteBuffer.allocate(10 + padded + 4 * entry.getValue().length)
                .order(ByteOrder.LITTLE_ENDIAN);
        buf.put((byte) 0x93)
            .put("NUMPY".getBytes(StandardCharsets.ISO_8859_1))
            .put((byte) 1)
            .put((byte) 0)
            .putShort((short) padded)
            .put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (float v : entry.getValue()) {
          buf.putFloat(v);
        }
        zip.putNextEntry(new ZipEntry(entry.getKey() + ".npy"));
        zip.write(buf.array());
        zip.closeEntry();
      }
    }
  }

  private static Lpips.Tensor scaled(RgbImage image) {
    float[] shift = {-0.030f, -0.088f, -0.188f};
    float[] scale = {0.458f, 0.448f, 0.450f};
    int h = image.height();
    int w = image.width();
    float[] out = new float[3 * h * w];
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          out[(c * h + y) * w + x] = (2 * image.get(y, x, c) - 1 - shift[c]) / scale[c];
        }
      }
    }
    return new Lpips.Tensor(3, h, w, out);
  }

  /** Direct zero-padded cross-correlation, [out, oh, ow]. */
  private static float[] conv(Lpips.Tensor x, float[] w, float[] b, int out, int k, int s, int p) {
    int oh = (x.h() + 2 * p - k) / s + 1;
    int ow = (x.w() + 2 * p - k) / s + 1;
    float[] y = new float[out * oh * ow];
    for (int o = 0; o < out; o++) {
      for (int i = 0; i < oh; i++) {
        for (int j = 0; j < ow; j++) {
          double sum = b[o];
          for (int c = 0; c < x.c(); c++) {
            for (int ky = 0; ky < k; ky++) {
              for (int kx = 0; kx < k; kx++) {
                int iy = i * s + ky - p;
                int ix = j * s + kx - p;
                if (iy >= 0 && iy < x.h() && ix >= 0 && ix < x.w()) {
                  float wv = w[((o * x.c() + c) * k + ky) * k + kx];
                  sum += wv * x.data()[(c * x.h() + iy) * x.w() + ix];
                }
              }
            }
          }
          y[(o * oh + i) * ow + j] = (float) sum;
        }
      }
    }
    return y;
  }

  private static float[] randoms(Random random, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }
}
