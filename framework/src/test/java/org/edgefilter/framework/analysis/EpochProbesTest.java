package org.edgefilter.framework.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.edgefilter.framework.nn.Conv2d;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.probe.FeatureDensity;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class EpochProbesTest {

  @TempDir Path dir;

  @Test
  void findsTheNextThreeByThreeConvolutionsAndLogsTheirFigures() {
    try (Model model = new Model(3)) {
      Ops tf = model.tf();
      Placeholder<TFloat32> x =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 8, 8, 2)));
      Operand<TFloat32> slot = tf.math.mul(x, tf.constant(1f));
      Conv2d a = Conv2d.builder().setFilters(3).setKernelSize(3).build(model.params().child("a"));
      Conv2d pointwise =
          Conv2d.builder().setFilters(3).setKernelSize(1).build(model.params().child("p"));
      Conv2d b = Conv2d.builder().setFilters(4).setKernelSize(3).build(model.params().child("b"));
      Conv2d c = Conv2d.builder().setFilters(4).setKernelSize(3).build(model.params().child("c"));
      Operand<TFloat32> ya = a.apply(tf, tf.nn.relu(slot), Mode.EVAL);
      Operand<TFloat32> yp = pointwise.apply(tf, ya, Mode.EVAL);
      Operand<TFloat32> yb = b.apply(tf, yp, Mode.EVAL);
      c.apply(tf, yb, Mode.EVAL);
      model.initialize();

      List<Operand<TFloat32>> next = EpochProbes.nextConvolutions(slot, 2);
      assertEquals(2, next.size());
      // The first two 3x3 convolutions (the 1x1 is skipped); their outputs before the bias.
      assertEquals(
          ((org.tensorflow.GraphOperation) ya.op()).input(0).op().name(), next.get(0).op().name());
      assertEquals(
          ((org.tensorflow.GraphOperation) yb.op()).input(0).op().name(), next.get(1).op().name());

      float[] images = new float[4 * 8 * 8 * 2];
      for (int i = 0; i < images.length; i++) {
        images[i] = (float) Math.sin(0.37 * i);
      }
      try (MetricsLog log = MetricsLog.open(dir.resolve("metrics.jsonl"))) {
        EpochProbes probes =
            new EpochProbes(
                model,
                () -> Feeds.create().floats(x, images, 4, 8, 8, 2),
                4,
                List.of(
                    new EpochProbes.Tap("in", slot),
                    new EpochProbes.Tap("same", slot),
                    new EpochProbes.Tap("next1", next.get(0))),
                log);
        probes.onEpoch(0, 10, 1.0);
        float[] reference;
        try (Feeds f = Feeds.create().floats(x, images, 4, 8, 8, 2)) {
          reference = EvalStep.of(model, next.get(0)).run(f)[0];
        }
        Map<String, Object> record = MetricsLog.read(dir.resolve("metrics.jsonl")).get(0);
        assertEquals(
            FeatureDensity.of(reference),
            ((Number) record.get("probe/epoch/density/next1")).doubleValue(),
            1e-12);
        assertEquals(
            FeatureDensity.of(images),
            ((Number) record.get("probe/epoch/density/same")).doubleValue(),
            1e-12);
        assertEquals(0.0, ((Number) record.get("train/epoch")).doubleValue());
      }
    }
  }
}
