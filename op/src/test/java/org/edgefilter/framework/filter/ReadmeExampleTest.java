package org.edgefilter.framework.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** The README's snippet, verbatim in spirit: it must compile and give the documented shape. */
class ReadmeExampleTest {

  @Test
  void readmeSnippetBuildsAGraph() {
    try (Graph graph = new Graph()) {
      Ops tf = Ops.create(graph);
      Operand<TFloat32> h =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 32, 32, 16)));
      EdgeFilterSpec spec =
          EdgeFilterSpec.builder()
              .dims(2)
              .kernelSize(3)
              .lowPass(LowPass.mean())
              .padding(Padding.REFLECT)
              .mode(FilterMode.HIGH_PASS)
              .build();
      Operand<TFloat32> y = EdgeFilter.apply(tf, h, spec);
      assertArrayEquals(h.shape().asArray(), y.shape().asArray());
    }
  }
}
