package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class LayerNormTest {

  @Test
  void normalizesEachTokenOverItsFeatures() {
    int b = 2, l = 3, d = 5;
    try (Model model = new Model(3)) {
      Placeholder<TFloat32> x = Graphs.input(model, -1, l, d);
      LayerNorm norm = new LayerNorm(model.params().child("ln"), 1e-6f);
      Operand<TFloat32> y = norm.apply(model.tf(), x, Mode.TRAIN);
      model.initialize();
      float[] gamma = Reference.random(d, 1);
      float[] beta = Reference.random(d, 2);
      model.write(norm.parameters().get(0), gamma);
      model.write(norm.parameters().get(1), beta);
      float[] input = Reference.random(b * l * d, 3);
      float[] actual = Graphs.eval(model, x, input, new long[] {b, l, d}, y);
      for (int t = 0; t < b * l; t++) {
        double mean = 0;
        for (int i = 0; i < d; i++) {
          mean += input[t * d + i];
        }
        mean /= d;
        double var = 0;
        for (int i = 0; i < d; i++) {
          var += Math.pow(input[t * d + i] - mean, 2);
        }
        var /= d;
        for (int i = 0; i < d; i++) {
          double e = (input[t * d + i] - mean) / Math.sqrt(var + 1e-6) * gamma[i] + beta[i];
          assertEquals(e, actual[t * d + i], 1e-4);
        }
      }
      assertEquals(2, model.registry().withTag(Tags.NORM_AFFINE).size());
    }
  }
}
