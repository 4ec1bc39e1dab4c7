package org.edgefilter.nerf.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class PositionalEncodingTest {

  @Test
  void matchesHandComputedValues() {
    // x = (0.5, -1, 0) with L = 2: [x, sin(x), cos(x), sin(2x), cos(2x)], each over 3 coordinates.
    // sin(0.5) = 0.4794255, sin(-1) = -0.8414710, cos(0.5) = 0.8775826, cos(-1) = 0.5403023,
    // sin(1) = 0.8414710, sin(-2) = -0.9092974, cos(1) = 0.5403023, cos(-2) = -0.4161468.
    float[] expected = {
      0.5f, -1f, 0f,
      0.4794255f, -0.8414710f, 0f,
      0.8775826f, 0.5403023f, 1f,
      0.8414710f, -0.9092974f, 0f,
      0.5403023f, -0.4161468f, 1f
    };
    assertArrayEquals(
        expected, encode(PositionalEncoding.of(2), new float[] {0.5f, -1f, 0f}, 1), 1e-6f);
  }

  @Test
  void nerfWidthsAndRowsAreIndependent() {
    assertEquals(63, PositionalEncoding.of(10).outputDim(3));
    assertEquals(27, PositionalEncoding.of(4).outputDim(3));
    assertEquals(60, new PositionalEncoding(10, false).outputDim(3));
    // Two rows: the second row's encoding does not depend on the first.
    float[] two =
        encode(PositionalEncoding.of(10), new float[] {0.1f, 0.2f, 0.3f, -1.5f, 0.7f, 2f}, 2);
    float[] one = encode(PositionalEncoding.of(10), new float[] {-1.5f, 0.7f, 2f}, 1);
    float[] secondRow = java.util.Arrays.copyOfRange(two, 63, 126);
    assertArrayEquals(one, secondRow, 1e-6f); // vectorized sin may differ by an ulp
    // The highest frequency 2^9: sin(512 * 0.7) for the y coordinate of that row (index 3 + 9*6 +
    // 1).
    assertEquals(Math.sin(512 * 0.7f), one[3 + 9 * 6 + 1], 1e-4);
  }

  @Test
  void rejectsBadShapesAndSettings() {
    assertThrows(IllegalArgumentException.class, () -> new PositionalEncoding(-1, true));
    assertThrows(IllegalArgumentException.class, () -> new PositionalEncoding(0, false));
    try (Model model = new Model(0)) {
      Placeholder<TFloat32> x =
          model.tf().placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1)));
      assertThrows(
          IllegalArgumentException.class, () -> PositionalEncoding.of(2).apply(model.tf(), x));
    }
  }

  private static float[] encode(PositionalEncoding encoding, float[] values, int rows) {
    try (Model model = new Model(0)) {
      Placeholder<TFloat32> x =
          model.tf().placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 3)));
      Operand<TFloat32> y = encoding.apply(model.tf(), x);
      assertEquals(encoding.outputDim(3), y.shape().get(1));
      try (Feeds feeds = Feeds.create().floats(x, values, rows, 3)) {
        return EvalStep.of(model, y).run(feeds)[0];
      }
    }
  }
}
