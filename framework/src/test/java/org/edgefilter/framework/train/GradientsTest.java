package org.edgefilter.framework.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.edgefilter.framework.data.Seeds;
import org.edgefilter.framework.nn.Activations;
import org.edgefilter.framework.nn.BatchNorm;
import org.edgefilter.framework.nn.Conv2d;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.Embedding;
import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.LayerNorm;
import org.edgefilter.framework.nn.Losses;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.MultiHeadSelfAttention;
import org.edgefilter.framework.nn.Padding;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterScope;
import org.edgefilter.framework.nn.ParameterSpec;
import org.edgefilter.framework.nn.Pooling;
import org.edgefilter.framework.nn.Role;
import org.edgefilter.framework.nn.Tags;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.index.Indices;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Every trainable parameter of a model using every layer gets a finite, non-zero gradient; the
 * non-trainable ones are never differentiated.
 */
class GradientsTest {

  private static final int B = 2, L = 4, D = 8, VOCAB = 10;

  @Test
  void everyTrainableParameterHasAGradient() {
    try (Model model = new Model(21)) {
      Ops tf = model.tf();
      Placeholder<TFloat32> image =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 6, 6, 2)));
      Placeholder<TInt32> tokens = tf.placeholder(TInt32.class, Placeholder.shape(Shape.of(-1, L)));
      Placeholder<TFloat32> mask =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, L)));
      Placeholder<TInt32> labels = tf.placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
      ParameterScope p = model.params();

      // Vision branch: conv -> BN -> GELU -> pool -> [B, D]
      Operand<TFloat32> v =
          Conv2d.builder()
              .setFilters(D)
              .setKernelSize(3)
              .optStride(2)
              .build(p.child("conv"))
              .apply(tf, image, Mode.TRAIN);
      v = Activations.gelu(tf, BatchNorm.of(p.child("bn")).apply(tf, v, Mode.TRAIN));
      v = Pooling.globalAverage(tf, Pooling.max(tf, v, 2, 1, Padding.SAME));
      // Text branch: embedding + learned position -> attention -> LayerNorm -> first token [B, D]
      Operand<TFloat32> t = Embedding.of(p.child("tokens"), VOCAB, D).apply(tf, tokens);
      Parameter position =
          p.child("position")
              .create(ParameterSpec.of("table", Role.EMBEDDING, Initializers.normal(0.02), L, D));
      t = tf.math.add(t, position.value());
      t =
          tf.math.add(
              t,
              new MultiHeadSelfAttention(p.child("attn"), D, 2, 0.1f, Initializers.glorotUniform())
                  .apply(tf, t, mask, Mode.TRAIN));
      t = new LayerNorm(p.child("ln"), 1e-12f).apply(tf, t, Mode.TRAIN);
      Operand<TFloat32> first =
          tf.reshape(
              tf.stridedSlice(t, Indices.all(), Indices.at(0), Indices.all()),
              tf.constant(new int[] {-1, D}));
      Operand<TFloat32> logits =
          Dense.of(p.child("head"), 3).apply(tf, tf.math.add(v, first), Mode.TRAIN);
      Operand<TFloat32> loss = Losses.softmaxCrossEntropy(tf, logits, labels);

      UpdateStep step =
          UpdateStep.builder(model)
              .setLoss(loss)
              .setOptimizer(Adam.defaults())
              .optClipNorm(1.0)
              .build();
      List<Parameter> trainable =
          model.registry().select(q -> q.trainable() && !q.hasTag(Tags.OPTIMIZER));
      assertEquals(trainable, step.parameters());
      assertEquals(2 + 2 + 1 + 1 + 8 + 2 + 2, trainable.size());
      model.initialize();

      var runner = model.session().runner();
      try (Feeds feeds =
          Feeds.create()
              .floats(image, randomImage(), B, 6, 6, 2)
              .ints(tokens, new int[] {1, 2, 3, 0, 4, 5, 0, 0}, B, L)
              .floats(mask, new float[] {1, 1, 1, 0, 1, 1, 0, 0}, B, L)
              .ints(labels, new int[] {0, 2}, B)) {
        feeds.applyTo(runner);
        step.gradients().forEach(runner::fetch);
        try (Result r = runner.run()) {
          for (int i = 0; i < trainable.size(); i++) {
            float[] g = UpdateStep.copy((TFloat32) r.get(i));
            double norm = 0;
            for (float x : g) {
              assertTrue(Float.isFinite(x), trainable.get(i).name());
              norm += x * x;
            }
            assertTrue(norm > 0, "zero gradient for " + trainable.get(i).name());
          }
        }
      }
      assertTrue(step.parameters().stream().noneMatch(q -> q.role() == Role.MOVING_MEAN));
    }
  }

  private static float[] randomImage() {
    var rng = Seeds.rng(1);
    float[] x = new float[B * 72];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rng.nextGaussian();
    }
    return x;
  }

  @Test
  void frozenOrDisconnectedParametersAreRefusedByName() {
    try (Model model = new Model(1)) {
      Ops tf = model.tf();
      Parameter used =
          model.params().create(ParameterSpec.of("used", Role.WEIGHT, Initializers.ones(), 2));
      Parameter unused =
          model.params().create(ParameterSpec.of("unused", Role.WEIGHT, Initializers.ones(), 2));
      Operand<TFloat32> loss = tf.reduceSum(tf.math.square(used.value()), tf.constant(0));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  UpdateStep.builder(model)
                      .setName("a")
                      .setLoss(loss)
                      .setOptimizer(Sgd.plain())
                      .build());
      assertTrue(
          e.getMessage().contains("'unused'") && e.getMessage().contains("step 'a'"),
          e.getMessage());
      BatchNorm bn = BatchNorm.of(model.params().child("bn"));
      bn.apply(tf, tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 2))), Mode.TRAIN);
      IllegalArgumentException frozen =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  UpdateStep.builder(model)
                      .setName("b")
                      .setLoss(loss)
                      .setOptimizer(Sgd.plain())
                      .optParameters(model.registry().withRole(Role.MOVING_MEAN))
                      .build());
      assertTrue(frozen.getMessage().contains("bn/moving_mean"), frozen.getMessage());
      assertTrue(used.trainable() && unused.trainable());
    }
  }
}
