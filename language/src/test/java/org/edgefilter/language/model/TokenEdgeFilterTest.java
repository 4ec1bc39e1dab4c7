package org.edgefilter.language.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The token filter against a plain-Java loop over each sequence's real tokens, its padding
 * invariance, its axis, and its gradient.
 */
class TokenEdgeFilterTest {

  private static final int CHANNELS = 3;

  /** One filter in a graph with free batch and length, fed from host arrays. */
  private static final class Harness implements AutoCloseable {
    final Graph graph = new Graph();
    final Session session = new Session(graph);
    final Placeholder<TFloat32> h;
    final Placeholder<TFloat32> mask;
    final Operand<TFloat32> y;

    Harness(TokenEdgeFilter filter) {
      Ops tf = Ops.create(graph);
      h = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, CHANNELS)));
      mask = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1)));
      y = filter.apply(tf, h, mask);
    }

    /** The filter of {@code values} {@code [B, L, C]} with real lengths {@code lengths}. */
    float[] run(float[] values, int[] lengths, int length) {
      int batch = lengths.length;
      try (TFloat32 hValue =
              TFloat32.tensorOf(Shape.of(batch, length, CHANNELS), DataBuffers.of(values));
          TFloat32 maskValue =
              TFloat32.tensorOf(Shape.of(batch, length), DataBuffers.of(mask(lengths, length)));
          Result result = session.runner().feed(h, hValue).feed(mask, maskValue).fetch(y).run()) {
        float[] out = new float[values.length];
        ((TFloat32) result.get(0)).copyTo(DataBuffers.of(out, false, false));
        return out;
      }
    }

    @Override
    public void close() {
      session.close();
      graph.close();
    }
  }

  static float[] mask(int[] lengths, int length) {
    float[] m = new float[lengths.length * length];
    for (int b = 0; b < lengths.length; b++) {
      for (int t = 0; t < lengths[b]; t++) {
        m[b * length + t] = 1f;
      }
    }
    return m;
  }

  /**
   * The definition as a loop: at real position t of a sequence of real length n, the low-pass part
   * is {@code sum_j w_j h[t+j]} over the offsets j with {@code 0 <= t+j < n}, divided by {@code
   * sum_j w_j} over the same offsets when renormalizing; padded positions are copied.
   */
  static float[] reference(
      float[] h, int[] lengths, int length, double[] taps, boolean renormalize, FilterMode mode) {
    float[] out = h.clone();
    int half = taps.length / 2;
    for (int b = 0; b < lengths.length; b++) {
      for (int t = 0; t < lengths[b]; t++) {
        for (int c = 0; c < CHANNELS; c++) {
          double sum = 0;
          double weight = 0;
          for (int j = -half; j <= half; j++) {
            int u = t + j;
            if (u >= 0 && u < lengths[b]) {
              sum += taps[j + half] * h[(b * length + u) * CHANNELS + c];
              weight += taps[j + half];
            }
          }
          double low = renormalize ? sum / weight : sum;
          int index = (b * length + t) * CHANNELS + c;
          out[index] = (float) (mode == FilterMode.HIGH_PASS ? h[index] - low : low);
        }
      }
    }
    return out;
  }

  static float[] random(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) rng.nextGaussian();
    }
    return v;
  }

  /** Sampled Gaussian taps exp(-n^2 / (2 sigma^2)), normalized: computed here, not by LowPass. */
  static double[] gaussianTaps(int k, double sigma) {
    double[] taps = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      double n = i - k / 2;
      taps[i] = Math.exp(-n * n / (2 * sigma * sigma));
      sum += taps[i];
    }
    for (int i = 0; i < k; i++) {
      taps[i] /= sum;
    }
    return taps;
  }

  static double[] meanTaps(int k) {
    double[] taps = new double[k];
    Arrays.fill(taps, 1.0 / k);
    return taps;
  }

  private static final int[] LENGTHS = {7, 3, 1, 9};
  private static final int LENGTH = 9;

  private static void assertMatchesReference(TokenEdgeFilter filter, double[] taps) {
    float[] h = random(LENGTHS.length * LENGTH * CHANNELS, 11);
    try (Harness harness = new Harness(filter)) {
      float[] expected =
          reference(
              h,
              LENGTHS,
              LENGTH,
              taps,
              filter.border() == SequenceBorder.RENORMALIZE,
              filter.mode());
      assertArrayEquals(expected, harness.run(h, LENGTHS, LENGTH), 1e-5f, filter.toString());
    }
  }

  @Test
  void highPassMeanMatchesTheLoopOverRealNeighbours() {
    for (int k : new int[] {1, 3, 5}) {
      for (SequenceBorder border : SequenceBorder.values()) {
        assertMatchesReference(
            new TokenEdgeFilter(FilterMode.HIGH_PASS, k, LowPass.mean(), border), meanTaps(k));
      }
    }
  }

  @Test
  void gaussianAndLowPassMatchTheLoop() {
    assertMatchesReference(
        new TokenEdgeFilter(
            FilterMode.HIGH_PASS, 5, LowPass.gaussian(1.5), SequenceBorder.RENORMALIZE),
        gaussianTaps(5, 1.5));
    assertMatchesReference(
        new TokenEdgeFilter(FilterMode.LOW_PASS, 3, LowPass.mean(), SequenceBorder.RENORMALIZE),
        meanTaps(3));
    assertMatchesReference(
        new TokenEdgeFilter(FilterMode.LOW_PASS, 5, LowPass.gaussian(1.0), SequenceBorder.ZERO),
        gaussianTaps(5, 1.0));
  }

  @Test
  void handComputedMeanOfRealNeighbours() {
    // One channel-constant sequence 1, 2, 4 then two padded positions holding 100.
    float[] h = new float[5 * CHANNELS];
    float[] values = {1, 2, 4, 100, 100};
    for (int t = 0; t < 5; t++) {
      for (int c = 0; c < CHANNELS; c++) {
        h[t * CHANNELS + c] = values[t];
      }
    }
    try (Harness harness = new Harness(TokenEdgeFilter.highPassMean(3))) {
      float[] y = harness.run(h, new int[] {3}, 5);
      // t=0: 1 - (1+2)/2; t=1: 2 - (1+2+4)/3; t=2: 4 - (2+4)/2; padding copied.
      float[] expected = {-0.5f, 2 - 7f / 3, 1f, 100f, 100f};
      for (int t = 0; t < 5; t++) {
        assertEquals(expected[t], y[t * CHANNELS], 1e-6f, "position " + t);
      }
    }
  }

  @Test
  void paddedValuesNeverReachRealOutputs() {
    float[] h = random(LENGTHS.length * LENGTH * CHANNELS, 3);
    float[] changed = h.clone();
    SplittableRandom rng = new SplittableRandom(5);
    for (int b = 0; b < LENGTHS.length; b++) {
      for (int t = LENGTHS[b]; t < LENGTH; t++) {
        for (int c = 0; c < CHANNELS; c++) {
          changed[(b * LENGTH + t) * CHANNELS + c] = (float) (1000 * rng.nextGaussian());
        }
      }
    }
    for (SequenceBorder border : SequenceBorder.values()) {
      for (FilterMode mode : new FilterMode[] {FilterMode.HIGH_PASS, FilterMode.LOW_PASS}) {
        try (Harness harness = new Harness(new TokenEdgeFilter(mode, 5, LowPass.mean(), border))) {
          float[] a = harness.run(h, LENGTHS, LENGTH);
          float[] b = harness.run(changed, LENGTHS, LENGTH);
          for (int s = 0; s < LENGTHS.length; s++) {
            for (int t = 0; t < LENGTHS[s]; t++) {
              for (int c = 0; c < CHANNELS; c++) {
                int i = (s * LENGTH + t) * CHANNELS + c;
                assertEquals(a[i], b[i], 0f, mode + " " + border + " at [" + s + ", " + t + "]");
              }
            }
          }
          // And extra padding columns leave the real outputs as they were.
          int longer = LENGTH + 4;
          float[] padded = new float[LENGTHS.length * longer * CHANNELS];
          for (int s = 0; s < LENGTHS.length; s++) {
            System.arraycopy(
                h, s * LENGTH * CHANNELS, padded, s * longer * CHANNELS, LENGTH * CHANNELS);
          }
          float[] wide = harness.run(padded, LENGTHS, longer);
          for (int s = 0; s < LENGTHS.length; s++) {
            for (int i = 0; i < LENGTHS[s] * CHANNELS; i++) {
              assertEquals(a[s * LENGTH * CHANNELS + i], wide[s * longer * CHANNELS + i], 1e-6f);
            }
          }
        }
      }
    }
  }

  @Test
  void filtersAlongTokensNotFeatures() {
    int length = 8;
    int[] lengths = {length};
    // Channel 0 alternates along the tokens; channel 1 is constant along the tokens; channel 2
    // differs from channel 1 but is constant along the tokens as well.
    float[] h = new float[length * CHANNELS];
    for (int t = 0; t < length; t++) {
      h[t * CHANNELS] = t % 2 == 0 ? 1f : -1f;
      h[t * CHANNELS + 1] = 3f;
      h[t * CHANNELS + 2] = -7f;
    }
    for (SequenceBorder border : SequenceBorder.values()) {
      try (Harness harness =
          new Harness(new TokenEdgeFilter(FilterMode.HIGH_PASS, 3, LowPass.mean(), border))) {
        float[] y = harness.run(h, lengths, length);
        for (int t = 1; t < length - 1; t++) {
          // Interior: an alternating signal keeps 4/3 of itself, a constant loses everything.
          assertEquals(h[t * CHANNELS] * 4f / 3f, y[t * CHANNELS], 1e-6f, "alternating at " + t);
          assertEquals(0f, y[t * CHANNELS + 1], 1e-6f, "constant at " + t);
          assertEquals(0f, y[t * CHANNELS + 2], 1e-6f, "constant at " + t);
        }
        if (border == SequenceBorder.RENORMALIZE) {
          // Renormalized borders: a constant sequence has no high-pass part at its ends either.
          assertEquals(0f, y[1], 1e-6f);
          assertEquals(0f, y[(length - 1) * CHANNELS + 1], 1e-6f);
        } else {
          // Zeros beyond the ends: 3 - (3 + 3 + 0) / 3 = 1.
          assertEquals(1f, y[1], 1e-6f);
          assertEquals(1f, y[(length - 1) * CHANNELS + 1], 1e-6f);
        }
      }
    }
  }

  @Test
  void highPassGradientIsTheIdentity() {
    try (Graph graph = new Graph();
        Session session = new Session(graph)) {
      Ops tf = Ops.create(graph);
      Placeholder<TFloat32> h =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, CHANNELS)));
      Placeholder<TFloat32> mask =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1)));
      Placeholder<TFloat32> w =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, CHANNELS)));
      Operand<TFloat32> y = TokenEdgeFilter.highPassMean(3).apply(tf, h, mask);
      Operand<TFloat32> loss = tf.reduceSum(tf.math.mul(y, w), tf.constant(new int[] {0, 1, 2}));
      Output<?>[] grad = graph.addGradients(loss.asOutput(), new Output<?>[] {h.asOutput()});
      float[] values = random(2 * 5 * CHANNELS, 1);
      float[] weights = random(2 * 5 * CHANNELS, 2);
      Shape shape = Shape.of(2, 5, CHANNELS);
      try (TFloat32 hv = TFloat32.tensorOf(shape, DataBuffers.of(values));
          TFloat32 wv = TFloat32.tensorOf(shape, DataBuffers.of(weights));
          TFloat32 mv =
              TFloat32.tensorOf(Shape.of(2, 5), DataBuffers.of(mask(new int[] {5, 2}, 5)));
          Result result =
              session.runner().feed(h, hv).feed(w, wv).feed(mask, mv).fetch(grad[0]).run()) {
        float[] g = new float[values.length];
        ((TFloat32) result.get(0)).copyTo(DataBuffers.of(g, false, false));
        assertArrayEquals(weights, g, 0f);
      }
    }
  }

  /** The official no-gradient low pass: LOW_PASS's values exactly, and a zero gradient into h. */
  @Test
  void lowPassNoGradEqualsLowPassAndHasZeroGradient() {
    TokenEdgeFilter low =
        new TokenEdgeFilter(FilterMode.LOW_PASS, 3, LowPass.mean(), SequenceBorder.RENORMALIZE);
    TokenEdgeFilter noGrad =
        new TokenEdgeFilter(
            FilterMode.LOW_PASS_NO_GRAD, 3, LowPass.mean(), SequenceBorder.RENORMALIZE);
    float[] values = random(LENGTHS.length * LENGTH * CHANNELS, 5);
    try (Harness a = new Harness(low);
        Harness b = new Harness(noGrad)) {
      assertArrayEquals(a.run(values, LENGTHS, LENGTH), b.run(values, LENGTHS, LENGTH), 0f);
    }
    assertEquals("lpng-mean-k3", noGrad.label());
    try (Graph graph = new Graph();
        Session session = new Session(graph)) {
      Ops tf = Ops.create(graph);
      Placeholder<TFloat32> h =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, CHANNELS)));
      Placeholder<TFloat32> mask =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1)));
      Operand<TFloat32> y = noGrad.apply(tf, h, mask);
      Operand<TFloat32> loss = tf.reduceSum(y, tf.constant(new int[] {0, 1, 2}));
      Output<?>[] grad = graph.addGradients(loss.asOutput(), new Output<?>[] {h.asOutput()});
      Shape shape = Shape.of(2, 5, CHANNELS);
      try (TFloat32 hv = TFloat32.tensorOf(shape, DataBuffers.of(random(2 * 5 * CHANNELS, 6)));
          TFloat32 mv =
              TFloat32.tensorOf(Shape.of(2, 5), DataBuffers.of(mask(new int[] {5, 2}, 5)));
          Result result = session.runner().feed(h, hv).feed(mask, mv).fetch(grad[0]).run()) {
        float[] g = new float[2 * 5 * CHANNELS];
        ((TFloat32) result.get(0)).copyTo(DataBuffers.of(g, false, false));
        assertArrayEquals(new float[g.length], g, 0f);
      }
    }
  }

  @Test
  void identityReturnsTheInputAndBadFiltersAreRejected() {
    float[] h = random(LENGTHS.length * LENGTH * CHANNELS, 9);
    try (Harness harness = new Harness(TokenEdgeFilter.identity())) {
      assertArrayEquals(h, harness.run(h, LENGTHS, LENGTH), 0f);
    }
    IllegalArgumentException median =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new TokenEdgeFilter(
                    FilterMode.HIGH_PASS, 3, LowPass.median(), SequenceBorder.RENORMALIZE));
    assertTrue(median.getMessage().contains("linear"), median.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TokenEdgeFilter(
                FilterMode.HIGH_PASS, 4, LowPass.mean(), SequenceBorder.RENORMALIZE));
    assertEquals("ef-mean-k3", TokenEdgeFilter.highPassMean(3).label());
    assertEquals("baseline", TokenEdgeFilter.identity().label());
  }
}
