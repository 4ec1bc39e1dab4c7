package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class Conv2dTest {

  @ParameterizedTest(name = "k={0} stride={1} padding={2}")
  @CsvSource({"3, 1, SAME", "3, 2, SAME", "3, 2, VALID", "1, 1, VALID", "2, 2, SAME"})
  void matchesLoopReference(int k, int stride, Padding padding) {
    int b = 2, h = 5, w = 6, cin = 2, cout = 3;
    try (Model model = new Model(1)) {
      Placeholder<TFloat32> x = Graphs.input(model, -1, h, w, cin);
      Conv2d conv =
          Conv2d.builder()
              .setFilters(cout)
              .setKernelSize(k)
              .optStride(stride)
              .optPadding(padding)
              .build(model.params().child("conv"));
      Operand<TFloat32> y = conv.apply(model.tf(), x, Mode.EVAL);
      model.initialize();
      float[] bias = Reference.random(cout, 3);
      model.write(conv.parameters().get(1), bias);
      float[] kernel = model.read(conv.parameters().get(0));
      float[] input = Reference.random(b * h * w * cin, 2);

      float[] actual = Graphs.eval(model, x, input, new long[] {b, h, w, cin}, y);

      float[] expected =
          Reference.conv2d(
              input, b, h, w, cin, kernel, k, cout, stride, padding == Padding.SAME, bias);
      assertEquals(expected.length, actual.length);
      assertArrayEquals(expected, actual, 1e-4f);
      Shape predicted = conv.outputShape(h, w);
      assertEquals(expected.length, b * predicted.get(1) * predicted.get(2) * predicted.get(3));
    }
  }

  @org.junit.jupiter.api.Test
  void secondTowerSharesTheKernelAndRejectsOtherChannelCounts() {
    try (Model model = new Model(1)) {
      Conv2d conv =
          Conv2d.builder()
              .setFilters(4)
              .setKernelSize(3)
              .optBias(false)
              .build(model.params().child("c"));
      conv.apply(model.tf().withSubScope("train"), Graphs.input(model, -1, 4, 4, 2), Mode.TRAIN);
      conv.apply(model.tf().withSubScope("eval"), Graphs.input(model, -1, 8, 8, 2), Mode.EVAL);
      assertEquals(1, model.registry().size());
      assertEquals("c/kernel", model.registry().all().get(0).name());
      assertThrows(
          IllegalArgumentException.class,
          () -> conv.apply(model.tf(), Graphs.input(model, -1, 4, 4, 3), Mode.EVAL));
    }
  }
}
