package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class ActivationsTest {

  @Test
  void geluIsXTimesTheNormalCdf() {
    float[] xs = {-3f, -1f, -0.5f, 0f, 0.5f, 1f, 2f, 4f};
    try (Model model = new Model(0)) {
      Placeholder<TFloat32> x = Graphs.input(model, xs.length);
      float[] y =
          Graphs.eval(model, x, xs, new long[] {xs.length}, Activations.gelu(model.tf(), x));
      for (int i = 0; i < xs.length; i++) {
        double expected = 0.5 * xs[i] * (1 + Erf.erf(xs[i] / Math.sqrt(2)));
        assertEquals(expected, y[i], 1e-6, "x=" + xs[i]);
      }
      // Phi(1) = 0.8413447460685429 (standard normal table), so GELU(1) = 0.84134...
      assertEquals(0.8413447460685429, y[5], 1e-6);
      assertEquals(-0.15865525393145707, y[1], 1e-6);
    }
  }
}
