package org.edgefilter.framework.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tensorflow.ndarray.Shape;

class DenseEdgeFilterTest {

  static Stream<Arguments> grid() {
    List<Arguments> out = new ArrayList<>();
    for (LowPass kind :
        List.of(LowPass.mean(), LowPass.gaussian(1.0), LowPass.discreteGaussian(1.5))) {
      for (Padding padding : Padding.values()) {
        for (int k : new int[] {3, 5, 9}) {
          out.add(Arguments.of(kind, padding, k));
        }
      }
    }
    return out.stream();
  }

  /** [rows, length] through the dense operator equals the plain-Java k-tap loop on each row. */
  @ParameterizedTest(name = "{0} {1} k={2}")
  @MethodSource("grid")
  void matchesTheReferenceLoop(LowPass kind, Padding padding, int k) {
    for (int length : new int[] {k / 2 + 1, 16}) {
      EdgeFilterSpec spec =
          EdgeFilterSpec.builder().dims(1).kernelSize(k).lowPass(kind).padding(padding).build();
      int rows = 5;
      float[] x = random(rows * length, 7L * length + k);
      float[] expectedLow = ReferenceFilter.lowPass(x, rows, length, 1, 1, spec);
      Shape shape = Shape.of(rows, length);
      EdgeFilterSpec lowSpec = spec.toBuilder().mode(FilterMode.LOW_PASS).build();
      float[] low =
          TfRunner.run(shape, shape, x, (tf, in) -> DenseEdgeFilter.apply(tf, in, lowSpec));
      float[] high = TfRunner.run(shape, shape, x, (tf, in) -> DenseEdgeFilter.apply(tf, in, spec));
      for (int i = 0; i < x.length; i++) {
        assertEquals(expectedLow[i], low[i], 1e-5, spec + " low-pass at " + i);
        assertEquals(x[i] - expectedLow[i], high[i], 1e-5, spec + " high-pass at " + i);
      }
    }
  }

  @Test
  void higherRanksFilterTheLastAxisWithADynamicBatch() {
    EdgeFilterSpec spec = EdgeFilterSpec.highPass1d(3);
    float[] x = random(2 * 3 * 8, 3);
    float[] expectedLow = ReferenceFilter.lowPass(x, 6, 8, 1, 1, spec);
    float[] y =
        TfRunner.run(
            Shape.of(-1, 3, 8),
            Shape.of(2, 3, 8),
            x,
            (tf, in) -> DenseEdgeFilter.apply(tf, in, spec));
    for (int i = 0; i < x.length; i++) {
      assertEquals(x[i] - expectedLow[i], y[i], 1e-5, "at " + i);
    }
  }

  @Test
  void meanMatrixByHand() {
    // k = 3 REFLECT on 4 values: out0 = (h1 + h0 + h1) / 3, out3 = (h2 + h3 + h2) / 3.
    float[][] m = DenseEdgeFilter.matrix(EdgeFilterSpec.highPass1d(3), 4);
    float third = 1f / 3;
    float[][] expected = {
      {third, third, 0, 0},
      {2 * third, third, third, 0},
      {0, third, third, 2 * third},
      {0, 0, third, third},
    };
    for (int j = 0; j < 4; j++) {
      assertArrayEquals(expected[j], m[j], 1e-7f, "row " + j);
    }
  }

  @Test
  void everyOutputIsAWeightedAverageUnderReflectAndReplicate() {
    for (Padding padding : List.of(Padding.REFLECT, Padding.REPLICATE)) {
      EdgeFilterSpec spec =
          EdgeFilterSpec.builder()
              .dims(1)
              .kernelSize(7)
              .lowPass(LowPass.gaussian(2.0))
              .padding(padding)
              .build();
      float[][] m = DenseEdgeFilter.matrix(spec, 10);
      for (int i = 0; i < 10; i++) {
        double sum = 0;
        for (int j = 0; j < 10; j++) {
          assertTrue(m[j][i] >= 0);
          sum += m[j][i];
        }
        assertEquals(1.0, sum, 1e-6, padding + " column " + i);
      }
    }
  }

  @Test
  void highPassGradientIsExactlyTheIdentity() {
    Shape shape = Shape.of(4, 12);
    float[] x = random(48, 1);
    float[] w = random(48, 2);
    float[] grad =
        TfRunner.gradient(
            shape, x, w, (tf, in) -> DenseEdgeFilter.apply(tf, in, EdgeFilterSpec.highPass1d(5)));
    assertArrayEquals(w, grad, 0f);
  }

  /** The official code's no-gradient low pass: LOW_PASS's values, and nothing flows back. */
  @Test
  void lowPassNoGradEqualsLowPassAndStopsTheGradient() {
    Shape shape = Shape.of(4, 12);
    float[] x = random(48, 3);
    float[] w = random(48, 4);
    EdgeFilterSpec low =
        EdgeFilterSpec.builder().dims(1).kernelSize(5).mode(FilterMode.LOW_PASS).build();
    EdgeFilterSpec noGrad = low.toBuilder().mode(FilterMode.LOW_PASS_NO_GRAD).build();
    assertArrayEquals(
        TfRunner.run(shape, shape, x, (tf, in) -> DenseEdgeFilter.apply(tf, in, low)),
        TfRunner.run(shape, shape, x, (tf, in) -> DenseEdgeFilter.apply(tf, in, noGrad)),
        0f);
    float[] grad =
        TfRunner.gradient(shape, x, w, (tf, in) -> DenseEdgeFilter.apply(tf, in, noGrad));
    assertArrayEquals(new float[48], grad, 0f);
  }

  @Test
  void rejectsWhatHasNoMatrix() {
    EdgeFilterSpec median =
        EdgeFilterSpec.builder().dims(1).kernelSize(3).lowPass(LowPass.median()).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DenseEdgeFilter.matrix(median, 8));
    assertTrue(e.getMessage().contains("MEDIAN"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> DenseEdgeFilter.matrix(EdgeFilterSpec.highPass2d(3), 8));
    assertThrows(
        IllegalArgumentException.class,
        () -> DenseEdgeFilter.matrix(EdgeFilterSpec.highPass1d(9), 4));
  }

  private static float[] random(int n, long seed) {
    return EdgeFilterTest.random(n, seed);
  }
}
