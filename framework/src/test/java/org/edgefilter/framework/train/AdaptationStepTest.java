package org.edgefilter.framework.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.edgefilter.framework.data.ArrayDataset;
import org.edgefilter.framework.nn.Losses;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterSnapshot;
import org.edgefilter.framework.nn.Tags;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A TENT-style step (entropy of an ADAPT tower, norm-affine parameters only) changes exactly the
 * selected parameters, leaves moving statistics alone, and is undone by a snapshot.
 */
class AdaptationStepTest {

  @Test
  void onlyTheSelectedParametersChangeAndResetRestoresThem() {
    try (SmallCnn cnn = new SmallCnn(4, Adam.defaults())) {
      Ops tf = cnn.model.tf().withSubScope("adapt_tower");
      Operand<TFloat32> logits = cnn.net.apply(tf, cnn.images, Mode.ADAPT);
      List<Parameter> affine = cnn.model.registry().withTag(Tags.NORM_AFFINE);
      UpdateStep tent =
          UpdateStep.builder(cnn.model)
              .setName("tent")
              .setLoss(Losses.softmaxEntropy(tf, logits))
              .setOptimizer(Adam.defaults())
              .optParameters(affine)
              .optFetches(List.of(logits))
              .build();
      assertEquals(4, affine.size());
      cnn.model.initialize();
      List<Parameter> all = cnn.model.registry().select(p -> !p.hasTag(Tags.OPTIMIZER));
      ParameterSnapshot before = cnn.model.snapshot(all);

      ArrayDataset data = SmallCnn.stripes(8, 3);
      StepResult result;
      try (Feeds feeds =
          Feeds.create()
              .floats(cnn.images, data.batch(new int[] {0, 1, 2, 3}).features(), 4, 8, 8, 1)) {
        result = tent.run(feeds, 1e-2, 0);
      }
      assertEquals(4 * 2, result.outputs()[0].length, "logits of the adapted batch");
      assertTrue(result.loss() > 0 && result.loss() < Math.log(2) + 1e-6, "entropy of two classes");

      for (Parameter p : all) {
        boolean changed = !Arrays.equals(before.values(p), cnn.model.read(p));
        assertEquals(affine.contains(p), changed, p.name());
      }
      cnn.model.restore(before);
      tent.resetOptimizerState();
      for (Parameter p : all) {
        assertArrayEquals(before.values(p), cnn.model.read(p), p.name());
      }
      for (Parameter p : tent.optimizerState()) {
        assertFalse(affine.contains(p));
        assertArrayEquals(new float[p.size()], cnn.model.read(p));
      }
    }
  }
}
