package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

class EmbeddingTest {

  @Test
  void looksUpRowsAndGetsADenseGradientCountingRepeats() {
    int vocab = 5, dim = 3;
    try (Model model = new Model(6)) {
      Placeholder<TInt32> ids =
          model.tf().placeholder(TInt32.class, Placeholder.shape(Shape.of(-1, -1)));
      Embedding embedding = Embedding.of(model.params().child("tok"), vocab, dim);
      Operand<TFloat32> vectors = embedding.apply(model.tf(), ids);
      assertArrayEquals(new long[] {-1, -1, dim}, vectors.shape().asArray());
      Operand<TFloat32> sum =
          model.tf().reduceSum(vectors, model.tf().constant(new int[] {0, 1, 2}));
      Output<?>[] grad =
          model
              .graph()
              .addGradients(
                  sum.asOutput(), new Output<?>[] {embedding.table().variable().asOutput()});
      model.initialize();
      float[] table = model.read(embedding.table());
      int[] idValues = {4, 1, 1, 0};
      try (TInt32 idTensor =
              TInt32.tensorOf(Shape.of(2, 2), DataBuffers.of(idValues, true, false));
          Result r =
              model.session().runner().feed(ids, idTensor).fetch(vectors).fetch(grad[0]).run()) {
        float[] got = new float[4 * dim];
        ((TFloat32) r.get(0)).copyTo(DataBuffers.of(got, false, false));
        for (int t = 0; t < 4; t++) {
          assertArrayEquals(
              Arrays.copyOfRange(table, idValues[t] * dim, (idValues[t] + 1) * dim),
              Arrays.copyOfRange(got, t * dim, (t + 1) * dim));
        }
        assertEquals(Shape.of(vocab, dim), r.get(1).shape(), "dense gradient");
        float[] g = new float[vocab * dim];
        ((TFloat32) r.get(1)).copyTo(DataBuffers.of(g, false, false));
        float[] counts = {1, 2, 0, 0, 1};
        for (int row = 0; row < vocab; row++) {
          for (int e = 0; e < dim; e++) {
            assertEquals(counts[row], g[row * dim + e], 0f, "row " + row);
          }
        }
      }
      assertEquals(Role.EMBEDDING, model.registry().get("tok/table").role());
    }
  }
}
