package org.edgefilter.framework.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.edgefilter.framework.nn.Model;
import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class FeedsTest {

  @Test
  void shapesAreCheckedAgainstThePlaceholder() {
    try (Model model = new Model(0)) {
      Placeholder<TFloat32> x =
          model
              .tf()
              .withName("images")
              .placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 4, 4, 3)));
      try (Feeds ok = Feeds.create().floats(x, new float[2 * 48], 2, 4, 4, 3)) {
        assertEquals(1, ok.size());
      }
      IllegalArgumentException wrongDim =
          assertThrows(
              IllegalArgumentException.class,
              () -> Feeds.create().floats(x, new float[2 * 64], 2, 4, 4, 4));
      assertTrue(wrongDim.getMessage().contains("images"), wrongDim.getMessage());
      assertThrows(
          IllegalArgumentException.class, () -> Feeds.create().floats(x, new float[48], 4, 4, 3));
      IllegalArgumentException wrongLength =
          assertThrows(
              IllegalArgumentException.class,
              () -> Feeds.create().floats(x, new float[10], 1, 4, 4, 3));
      assertTrue(
          wrongLength.getMessage().contains("needs 48 values, got 10"), wrongLength.getMessage());
    }
  }
}
