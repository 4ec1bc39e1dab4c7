package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class MultiHeadSelfAttentionTest {

  private static final int B = 2, L = 4, D = 6, HEADS = 2;

  private record Built(
      Model model,
      Placeholder<TFloat32> x,
      Placeholder<TFloat32> mask,
      Operand<TFloat32> y,
      MultiHeadSelfAttention attention) {}

  private static Built build() {
    Model model = new Model(5);
    Placeholder<TFloat32> x = Graphs.input(model, -1, -1, D);
    Placeholder<TFloat32> mask = Graphs.input(model, -1, -1);
    MultiHeadSelfAttention attention =
        MultiHeadSelfAttention.of(model.params().child("attn"), D, HEADS);
    Operand<TFloat32> y = attention.apply(model.tf(), x, mask, Mode.EVAL);
    model.initialize();
    // Non-zero biases so the reference covers them.
    for (Parameter p : model.registry().withRole(Role.BIAS)) {
      model.write(p, Reference.random(p.size(), p.name().hashCode()));
    }
    return new Built(model, x, mask, y, attention);
  }

  private static float[] run(Built b, float[] x, float[] mask) {
    try (Feeds feeds = Feeds.create().floats(b.x(), x, B, L, D).floats(b.mask(), mask, B, L)) {
      return EvalStep.of(b.model(), b.y()).run(feeds)[0];
    }
  }

  private static float[] project(Model m, String name, float[] x) {
    return Reference.dense(
        x,
        B * L,
        D,
        m.read(m.registry().get("attn/" + name + "/kernel")),
        D,
        m.read(m.registry().get("attn/" + name + "/bias")));
  }

  /** Scaled dot-product attention per head, masked keys excluded, as Vaswani et al. eq. 1. */
  private static float[] reference(Model m, float[] x, float[] mask) {
    float[] q = project(m, "query", x);
    float[] k = project(m, "key", x);
    float[] v = project(m, "value", x);
    int d = D / HEADS;
    float[] context = new float[B * L * D];
    for (int b = 0; b < B; b++) {
      for (int h = 0; h < HEADS; h++) {
        for (int i = 0; i < L; i++) {
          double[] scores = new double[L];
          for (int j = 0; j < L; j++) {
            double s = 0;
            for (int e = 0; e < d; e++) {
              s += q[(b * L + i) * D + h * d + e] * k[(b * L + j) * D + h * d + e];
            }
            scores[j] = s / Math.sqrt(d) + (mask[b * L + j] > 0 ? 0 : -1e9);
          }
          double[] p = Reference.softmaxRow(scores);
          for (int e = 0; e < d; e++) {
            double sum = 0;
            for (int j = 0; j < L; j++) {
              sum += p[j] * v[(b * L + j) * D + h * d + e];
            }
            context[(b * L + i) * D + h * d + e] = (float) sum;
          }
        }
      }
    }
    return project(m, "output", context);
  }

  @Test
  void matchesLoopReference() {
    Built b = build();
    try (Model model = b.model()) {
      float[] x = Reference.random(B * L * D, 1);
      float[] mask = {1, 1, 1, 0, 1, 1, 0, 0};
      assertArrayEquals(reference(model, x, mask), run(b, x, mask), 1e-4f);
      float[] none = {1, 1, 1, 1, 1, 1, 1, 1};
      assertArrayEquals(reference(model, x, none), run(b, x, none), 1e-4f);
      assertEquals(8, b.attention().parameters().size());
    }
  }

  @Test
  void paddedPositionsDoNotChangeRealOutputs() {
    Built b = build();
    try (Model model = b.model()) {
      float[] mask = {1, 1, 1, 0, 1, 1, 0, 0};
      float[] x = Reference.random(B * L * D, 2);
      float[] changed = x.clone();
      float[] noise = Reference.random(B * L * D, 3);
      for (int t = 0; t < B * L; t++) {
        if (mask[t] == 0) {
          for (int e = 0; e < D; e++) {
            changed[t * D + e] += 10 * noise[t * D + e];
          }
        }
      }
      float[] y1 = run(b, x, mask);
      float[] y2 = run(b, changed, mask);
      boolean paddedDiffer = false;
      for (int t = 0; t < B * L; t++) {
        for (int e = 0; e < D; e++) {
          if (mask[t] == 1) {
            assertEquals(y1[t * D + e], y2[t * D + e], 1e-6, "token " + t);
          } else {
            paddedDiffer |= Math.abs(y1[t * D + e] - y2[t * D + e]) > 1e-3;
          }
        }
      }
      assertTrue(paddedDiffer, "the change did reach the padded positions themselves");
    }
  }

  @Test
  void lengthMayVaryBetweenRuns() {
    Built b = build();
    try (Model model = b.model();
        Feeds feeds =
            Feeds.create()
                .floats(b.x(), Reference.random(3 * D, 4), 1, 3, D)
                .floats(b.mask(), new float[] {1, 1, 1}, 1, 3)) {
      assertEquals(3 * D, EvalStep.of(model, List.of(b.y())).run(feeds)[0].length);
    }
  }
}
