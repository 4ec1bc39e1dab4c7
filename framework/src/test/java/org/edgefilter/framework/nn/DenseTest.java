package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class DenseTest {

  @Test
  void matrixInputMatchesLoopReference() {
    try (Model model = new Model(4)) {
      Placeholder<TFloat32> x = Graphs.input(model, -1, 5);
      Dense dense = Dense.of(model.params().child("fc"), 3);
      Operand<TFloat32> y = dense.apply(model.tf(), x, Mode.EVAL);
      model.initialize();
      float[] bias = Reference.random(3, 9);
      model.write(dense.parameters().get(1), bias);
      float[] input = Reference.random(4 * 5, 1);
      float[] actual = Graphs.eval(model, x, input, new long[] {4, 5}, y);
      float[] expected =
          Reference.dense(input, 4, 5, model.read(dense.parameters().get(0)), 3, bias);
      assertArrayEquals(expected, actual, 1e-5f);
    }
  }

  @Test
  void tokenInputAppliesPerToken() {
    try (Model model = new Model(4)) {
      Placeholder<TFloat32> x = Graphs.input(model, -1, -1, 6);
      Dense dense = Dense.of(model.params().child("proj"), 2);
      Operand<TFloat32> y = dense.apply(model.tf(), x, Mode.EVAL);
      org.junit.jupiter.api.Assertions.assertEquals(
          2, y.shape().get(2), "static last dimension is kept");
      model.initialize();
      float[] input = Reference.random(2 * 3 * 6, 5);
      float[] actual = Graphs.eval(model, x, input, new long[] {2, 3, 6}, y);
      float[] expected =
          Reference.dense(
              input,
              6,
              6,
              model.read(dense.parameters().get(0)),
              2,
              model.read(dense.parameters().get(1)));
      assertArrayEquals(expected, actual, 1e-5f);
    }
  }
}
