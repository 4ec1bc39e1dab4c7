package org.edgefilter.framework.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tensorflow.Graph;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The op against {@link ReferenceFilter} over every kind x padding x dims x k, and its contract.
 */
class EdgeFilterTest {

  private static final int[] KERNELS = {1, 3, 5, 7, 11};

  static List<LowPass> kinds() {
    return List.of(
        LowPass.mean(), LowPass.gaussian(1.5), LowPass.median(), LowPass.discreteGaussian(2.0));
  }

  static Stream<Arguments> grid() {
    List<Arguments> out = new ArrayList<>();
    for (LowPass kind : kinds()) {
      for (Padding padding : Padding.values()) {
        for (int dims = 1; dims <= 2; dims++) {
          for (int k : KERNELS) {
            out.add(Arguments.of(kind, padding, dims, k));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}D k={3}")
  @MethodSource("grid")
  void matchesReferenceOnRandomInput(LowPass kind, Padding padding, int dims, int k) {
    EdgeFilterSpec spec =
        EdgeFilterSpec.builder().dims(dims).kernelSize(k).lowPass(kind).padding(padding).build();
    // A generic size and the smallest size REFLECT allows (k/2 + 1).
    int small = k / 2 + 1;
    if (dims == 2) {
      check(spec, 2, 9, 7, 3);
      check(spec, 1, small, small + 1, 2);
    } else {
      check(spec, 2, 13, 1, 4);
      check(spec, 1, small, 1, 3);
    }
  }

  private static void check(EdgeFilterSpec spec, int b, int h, int w, int c) {
    Shape shape = spec.dims() == 2 ? Shape.of(b, h, w, c) : Shape.of(b, h, c);
    float[] x = random(b * h * w * c, 31L * h + w + spec.kernelSize());
    float[] expectedLow = ReferenceFilter.lowPass(x, b, h, w, c, spec);
    EdgeFilterSpec lowSpec = spec.toBuilder().mode(FilterMode.LOW_PASS).build();
    float[] low = TfRunner.run(shape, shape, x, (tf, in) -> EdgeFilter.apply(tf, in, lowSpec));
    float[] high = TfRunner.run(shape, shape, x, (tf, in) -> EdgeFilter.apply(tf, in, spec));
    for (int i = 0; i < x.length; i++) {
      assertClose(expectedLow[i], low[i], spec + " low-pass at " + i + " of " + shape);
      assertClose(x[i] - expectedLow[i], high[i], spec + " high-pass at " + i + " of " + shape);
    }
  }

  private static void assertClose(double expected, double actual, String what) {
    if (Math.abs(expected - actual) > 1e-5 * Math.max(1.0, Math.abs(expected))) {
      fail(what + ": expected " + expected + " got " + actual);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void kernelOfOneGivesExactlyZeroHighPass(LowPass kind) {
    for (int dims = 1; dims <= 2; dims++) {
      EdgeFilterSpec spec = EdgeFilterSpec.builder().dims(dims).kernelSize(1).lowPass(kind).build();
      Shape shape = dims == 2 ? Shape.of(2, 4, 5, 3) : Shape.of(2, 6, 3);
      float[] x = random((int) shape.size(), 7);
      float[] y = TfRunner.run(shape, shape, x, (tf, in) -> EdgeFilter.apply(tf, in, spec));
      assertArrayEquals(new float[x.length], y, 0f, "k=1 " + kind + " " + dims + "D");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void highPassGradientIsExactlyTheIdentity(LowPass kind) {
    for (int dims = 1; dims <= 2; dims++) {
      EdgeFilterSpec spec = EdgeFilterSpec.builder().dims(dims).kernelSize(5).lowPass(kind).build();
      Shape shape = dims == 2 ? Shape.of(2, 6, 7, 3) : Shape.of(2, 9, 4);
      float[] x = random((int) shape.size(), 11);
      float[] w = random(x.length, 12);
      float[] grad = TfRunner.gradient(shape, x, w, (tf, in) -> EdgeFilter.apply(tf, in, spec));
      assertArrayEquals(w, grad, 0f, "d/dx sum(w * HP(x)) must be w exactly");
    }
  }

  /**
   * The LOW_PASS mode keeps the gradient of the low-pass branch (padding, pooling, convolution,
   * min/max): check it against central finite differences of the reference in double precision.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void lowPassGradientMatchesFiniteDifferences(LowPass kind) {
    for (Padding padding : Padding.values()) {
      EdgeFilterSpec spec =
          EdgeFilterSpec.builder()
              .dims(2)
              .kernelSize(3)
              .lowPass(kind)
              .padding(padding)
              .mode(FilterMode.LOW_PASS)
              .build();
      int b = 1, h = 4, w = 5, c = 2;
      Shape shape = Shape.of(b, h, w, c);
      // Well-separated values keep the median's selection stable under the perturbation.
      float[] x = new float[b * h * w * c];
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        order.add(i);
      }
      java.util.Collections.shuffle(order, new Random(5));
      for (int i = 0; i < x.length; i++) {
        x[i] = order.get(i) * 0.25f;
      }
      float[] weights = random(x.length, 13);
      float[] grad =
          TfRunner.gradient(shape, x, weights, (tf, in) -> EdgeFilter.apply(tf, in, spec));
      double eps = 1e-2;
      for (int i = 0; i < x.length; i++) {
        float[] plus = x.clone();
        float[] minus = x.clone();
        plus[i] += (float) eps;
        minus[i] -= (float) eps;
        double fd =
            (dot(weights, ReferenceFilter.lowPass(plus, b, h, w, c, spec))
                    - dot(weights, ReferenceFilter.lowPass(minus, b, h, w, c, spec)))
                / (2 * eps);
        assertEquals(fd, grad[i], 1e-3, kind + " " + padding + " d/dx[" + i + "]");
      }
    }
  }

  static Stream<Arguments> formulations() {
    List<Arguments> out = new ArrayList<>();
    for (EdgeFilter.Formulation f : EdgeFilter.Formulation.values()) {
      for (LowPass kind : kinds()) {
        if (kind.isLinear()) {
          for (Padding padding : Padding.values()) {
            out.add(Arguments.of(f, kind, padding));
          }
        }
      }
    }
    return out.stream();
  }

  /**
   * Every formulation of a linear low-pass (banded products, one 2D pool, separable passes) gives
   * the reference's values in 1D and 2D, and, in LOW_PASS, the reference's gradient: for a linear
   * filter {@code d/dx sum(w * LPF(x)) = sum_o w[o] LPF(e_i)[o]}, computed here from unit inputs.
   */
  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("formulations")
  void everyFormulationMatchesTheReference(
      EdgeFilter.Formulation formulation, LowPass kind, Padding padding) {
    for (int dims = 1; dims <= 2; dims++) {
      for (int k : new int[] {3, 5, 11}) {
        EdgeFilterSpec spec =
            EdgeFilterSpec.builder()
                .dims(dims)
                .kernelSize(k)
                .lowPass(kind)
                .padding(padding)
                .mode(FilterMode.LOW_PASS)
                .build();
        int b = 2, h = Math.max(k / 2 + 1, 6), w = dims == 2 ? 7 : 1, c = 3;
        Shape shape = dims == 2 ? Shape.of(b, h, w, c) : Shape.of(b, h, c);
        Shape free = dims == 2 ? Shape.of(-1, h, w, c) : Shape.of(-1, h, c);
        float[] x = random(b * h * w * c, 41L + k);
        float[] expected = ReferenceFilter.lowPass(x, b, h, w, c, spec);
        float[] low =
            TfRunner.run(free, shape, x, (tf, in) -> EdgeFilter.lowPass(tf, in, spec, formulation));
        for (int i = 0; i < x.length; i++) {
          assertClose(expected[i], low[i], formulation + " " + spec.label() + " at " + i);
        }
        float[] weights = random(x.length, 43L + k);
        float[] grad =
            TfRunner.gradient(
                shape, x, weights, (tf, in) -> EdgeFilter.lowPass(tf, in, spec, formulation));
        for (int i = 0; i < x.length; i++) {
          float[] unit = new float[x.length];
          unit[i] = 1f;
          double g = dot(weights, ReferenceFilter.lowPass(unit, b, h, w, c, spec));
          assertClose(g, grad[i], formulation + " " + spec.label() + " gradient at " + i);
        }
      }
    }
  }

  @Test
  void formulationFollowsTheMeasuredRule() {
    assertEquals(
        EdgeFilter.Formulation.BANDED_MATMUL,
        EdgeFilter.formulation(EdgeFilterSpec.highPass2d(11), Shape.of(-1, 32, 32, 160)));
    assertEquals(
        EdgeFilter.Formulation.BANDED_MATMUL,
        EdgeFilter.formulation(EdgeFilterSpec.highPass2d(11), Shape.of(-1, 32, 32, 64)));
    assertEquals(
        EdgeFilter.Formulation.POOL_2D,
        EdgeFilter.formulation(EdgeFilterSpec.highPass2d(3), Shape.of(-1, 32, 32, 64)));
    assertEquals(
        EdgeFilter.Formulation.SEPARABLE,
        EdgeFilter.formulation(EdgeFilterSpec.highPass2d(11), Shape.of(-1, 32, 32, 32)));
    assertEquals(
        EdgeFilter.Formulation.SEPARABLE,
        EdgeFilter.formulation(EdgeFilterSpec.highPass1d(7), Shape.of(-1, 50, 768)));
    // Unknown channels: no banded product (its reshapes need them).
    assertEquals(
        EdgeFilter.Formulation.SEPARABLE,
        EdgeFilter.formulation(EdgeFilterSpec.highPass2d(11), Shape.of(-1, 32, 32, -1)));
  }

  /**
   * LOW_PASS_NO_GRAD (the official {@code averageLOW}, computed under {@code no_grad}): the same
   * values as LOW_PASS, bit for bit, and a gradient into x of exactly zero, for every kind and
   * padding in 1D and 2D.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void lowPassNoGradEqualsLowPassAndHasZeroGradient(LowPass kind) {
    for (Padding padding : Padding.values()) {
      for (int dims = 1; dims <= 2; dims++) {
        EdgeFilterSpec low =
            EdgeFilterSpec.builder()
                .dims(dims)
                .kernelSize(3)
                .lowPass(kind)
                .padding(padding)
                .mode(FilterMode.LOW_PASS)
                .build();
        EdgeFilterSpec noGrad = low.toBuilder().mode(FilterMode.LOW_PASS_NO_GRAD).build();
        Shape shape = dims == 2 ? Shape.of(2, 5, 6, 3) : Shape.of(2, 7, 4);
        float[] x = random((int) shape.size(), 21);
        float[] w = random(x.length, 22);
        float[] expected = TfRunner.run(shape, shape, x, (tf, in) -> EdgeFilter.apply(tf, in, low));
        float[] actual =
            TfRunner.run(shape, shape, x, (tf, in) -> EdgeFilter.apply(tf, in, noGrad));
        assertArrayEquals(expected, actual, 0f, noGrad.label());
        float[] grad = TfRunner.gradient(shape, x, w, (tf, in) -> EdgeFilter.apply(tf, in, noGrad));
        assertArrayEquals(new float[x.length], grad, 0f, noGrad.label() + " gradient");
      }
    }
    assertEquals(
        "lpng-mean-k3-reflect-2d",
        EdgeFilterSpec.builder().mode(FilterMode.LOW_PASS_NO_GRAD).build().label());
  }

  @Test
  void modeConfigValuesRoundTrip() {
    assertEquals(FilterMode.LOW_PASS_NO_GRAD, FilterMode.fromConfig("low-pass-no-grad"));
    assertEquals("low-pass-no-grad", FilterMode.LOW_PASS_NO_GRAD.configName());
    assertEquals("high-pass", FilterMode.HIGH_PASS.configName());
    for (FilterMode mode : FilterMode.values()) {
      assertEquals(mode, FilterMode.fromConfig(mode.configName()));
      assertEquals(mode, FilterMode.fromConfig(mode.name()));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FilterMode.fromConfig("lowpass"));
    assertTrue(
        e.getMessage().contains("lowpass") && e.getMessage().contains("low-pass-no-grad"),
        e.getMessage());
  }

  @Test
  void dynamicBatchAndChannelsAreAllowed() {
    for (LowPass kind : kinds()) {
      for (Padding padding : Padding.values()) {
        EdgeFilterSpec spec =
            EdgeFilterSpec.builder().kernelSize(3).lowPass(kind).padding(padding).build();
        Shape data = Shape.of(3, 5, 6, 2);
        float[] x = random((int) data.size(), 17);
        float[] y =
            TfRunner.run(
                Shape.of(-1, 5, 6, -1), data, x, (tf, in) -> EdgeFilter.apply(tf, in, spec));
        float[] low = ReferenceFilter.lowPass(x, 3, 5, 6, 2, spec);
        for (int i = 0; i < x.length; i++) {
          assertClose(x[i] - low[i], y[i], spec + " dynamic batch at " + i);
        }
      }
    }
  }

  @Test
  void largeMedianWindowUsesTopKAndStillMatches() {
    EdgeFilterSpec spec = EdgeFilterSpec.builder().kernelSize(13).lowPass(LowPass.median()).build();
    assertTrue(13 * 13 > EdgeFilter.MAX_NETWORK_WINDOW);
    check(spec, 1, 8, 9, 2);
    Shape shape = Shape.of(1, 8, 9, 2);
    float[] x = random((int) shape.size(), 3);
    float[] w = random(x.length, 4);
    float[] grad = TfRunner.gradient(shape, x, w, (tf, in) -> EdgeFilter.apply(tf, in, spec));
    assertArrayEquals(w, grad, 0f, "the TopK branch sits behind stopGradient");
  }

  @Test
  void identityModeReturnsTheInput() {
    Shape shape = Shape.of(2, 4, 4, 3);
    float[] x = random((int) shape.size(), 9);
    float[] y =
        TfRunner.run(
            shape, shape, x, (tf, in) -> EdgeFilter.apply(tf, in, EdgeFilterSpec.identity(2)));
    assertArrayEquals(x, y, 0f);
  }

  @Test
  void outputKeepsTheStaticShape() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      var x = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 32, 32, 16)));
      for (LowPass kind : kinds()) {
        for (Padding padding : Padding.values()) {
          EdgeFilterSpec spec =
              EdgeFilterSpec.builder().kernelSize(5).lowPass(kind).padding(padding).build();
          assertArrayEquals(
              new long[] {-1, 32, 32, 16},
              EdgeFilter.apply(tf, x, spec).shape().asArray(),
              spec.toString());
        }
      }
      var tokens = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 50, 64)));
      assertArrayEquals(
          new long[] {-1, 50, 64},
          EdgeFilter.apply(tf, tokens, EdgeFilterSpec.highPass1d(7)).shape().asArray());
    }
  }

  @Test
  void invalidSpecsAndInputsGetClearErrors() {
    for (int k : new int[] {0, -3, 2, 4, 33}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> EdgeFilterSpec.builder().kernelSize(k).build());
      assertTrue(
          e.getMessage().contains("odd") && e.getMessage().contains(String.valueOf(k)),
          e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> EdgeFilterSpec.builder().dims(3).build());
    assertThrows(IllegalArgumentException.class, () -> LowPass.gaussian(0));
    assertThrows(IllegalArgumentException.class, () -> LowPass.discreteGaussian(-1));
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      var image = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 4, 4, 3)));
      var tokens = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 4, 3)));
      var unknownWidth = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 4, -1, 3)));
      IllegalArgumentException reflect =
          assertThrows(
              IllegalArgumentException.class,
              () -> EdgeFilter.apply(tf, image, EdgeFilterSpec.highPass2d(9)));
      assertTrue(reflect.getMessage().contains("REFLECT"), reflect.getMessage());
      // ZERO and REPLICATE have no such limit.
      EdgeFilter.apply(
          tf, image, EdgeFilterSpec.builder().kernelSize(9).padding(Padding.ZERO).build());
      IllegalArgumentException rank =
          assertThrows(
              IllegalArgumentException.class,
              () -> EdgeFilter.apply(tf, tokens, EdgeFilterSpec.highPass2d(3)));
      assertTrue(rank.getMessage().contains("rank-4"), rank.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> EdgeFilter.apply(tf, image, EdgeFilterSpec.highPass1d(3)));
      IllegalArgumentException unknown =
          assertThrows(
              IllegalArgumentException.class,
              () -> EdgeFilter.apply(tf, unknownWidth, EdgeFilterSpec.highPass2d(3)));
      assertTrue(unknown.getMessage().contains("known"), unknown.getMessage());
    }
  }

  @Test
  void specDefaultsAndLabel() {
    EdgeFilterSpec spec = EdgeFilterSpec.builder().build();
    assertEquals(2, spec.dims());
    assertEquals(3, spec.kernelSize());
    assertEquals(LowPass.mean(), spec.lowPass());
    assertEquals(Padding.REFLECT, spec.padding());
    assertEquals(FilterMode.HIGH_PASS, spec.mode());
    assertEquals("hp-mean-k3-reflect-2d", spec.label());
    assertEquals(spec, spec.toBuilder().build());
  }

  static float[] random(int n, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) r.nextGaussian();
    }
    return x;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
