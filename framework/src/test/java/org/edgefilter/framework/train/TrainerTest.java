package org.edgefilter.framework.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.edgefilter.framework.data.ArrayDataset;
import org.edgefilter.framework.data.BatchSampler;
import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterSpec;
import org.edgefilter.framework.nn.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.op.Ops;

class TrainerTest {

  @TempDir Path dir;

  /** Records every step's loss and throws at {@code killAt} to simulate a killed process. */
  private static final class Recorder implements TrainListener {
    final List<Double> losses = new ArrayList<>();
    final List<Long> steps = new ArrayList<>();
    final List<Integer> epochs = new ArrayList<>();
    final List<Double> epochMeans = new ArrayList<>();
    final long killAt;

    Recorder(long killAt) {
      this.killAt = killAt;
    }

    @Override
    public void onStep(long step, double loss, double learningRate, double examplesPerSecond) {
      assertTrue(examplesPerSecond > 0);
      steps.add(step);
      losses.add(loss);
      if (step == killAt) {
        throw new IllegalStateException("simulated kill at step " + step);
      }
    }

    @Override
    public void onEpoch(int epoch, long steps, double meanLoss) {
      epochs.add(epoch);
      epochMeans.add(meanLoss);
    }
  }

  @Test
  void smallCnnLearnsStripeOrientation() {
    ArrayDataset train = SmallCnn.stripes(256, 1);
    ArrayDataset test = SmallCnn.stripes(128, 2);
    try (SmallCnn cnn = new SmallCnn(3, Adam.defaults())) {
      Recorder recorder = new Recorder(-1);
      TrainSummary summary = cnn.trainer(train, 32, 8, 0.01).optListener(recorder).build().fit();
      assertEquals(64, summary.steps());
      assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), recorder.epochs);
      // Chance level is ln 2 = 0.693; the threshold asks for a confident classifier.
      assertTrue(
          summary.lastEpochMeanLoss() < 0.15,
          "mean loss of the last epoch " + summary.lastEpochMeanLoss());
      assertTrue(
          recorder.losses.get(0) > 10 * summary.lastEpochMeanLoss(),
          "first loss " + recorder.losses.get(0));
      assertTrue(cnn.accuracy(test) > 0.95, "held-out accuracy " + cnn.accuracy(test));
      // The train step ran the BatchNorm moving-average updates.
      float[] movingMean = cnn.model.read(cnn.model.registry().get("block1/bn/moving_mean"));
      boolean moved = false;
      for (float v : movingMean) {
        moved |= v != 0f;
      }
      assertTrue(moved, "moving means were updated");
    }
  }

  @Test
  void resumedRunContinuesWithIdenticalLosses() {
    ArrayDataset data = SmallCnn.stripes(96, 4);
    int epochs = 3; // 6 batches of 16 per epoch: 18 steps
    Recorder reference = new Recorder(-1);
    float[] referenceKernel;
    try (SmallCnn cnn = new SmallCnn(11, Adam.defaults())) {
      cnn.trainer(data, 16, epochs, 0.01).optListener(reference).build().fit();
      referenceKernel = cnn.model.read(cnn.model.registry().get("block2/conv/kernel"));
    }
    assertEquals(18, reference.losses.size());

    Path checkpoints = dir.resolve("checkpoint");
    Recorder killed = new Recorder(9);
    try (SmallCnn cnn = new SmallCnn(11, Adam.defaults())) {
      Trainer trainer =
          cnn.trainer(data, 16, epochs, 0.01)
              .optCheckpoints(checkpoints)
              .optCheckpointEvery(4)
              .optListener(killed)
              .build();
      IllegalStateException kill = assertThrows(IllegalStateException.class, trainer::fit);
      assertTrue(kill.getMessage().contains("simulated kill"));
    }
    assertEquals(reference.losses.subList(0, 10), killed.losses, "same run until the kill");
    TrainState saved = new CheckpointStore(checkpoints).latest().orElseThrow();
    assertEquals(8, saved.step(), "last checkpoint before the kill at step 9");
    assertEquals(1, saved.epoch());
    assertEquals(2, saved.batch());

    Recorder resumed = new Recorder(-1);
    try (SmallCnn cnn = new SmallCnn(11, Adam.defaults())) {
      TrainSummary summary =
          cnn.trainer(data, 16, epochs, 0.01)
              .optCheckpoints(checkpoints)
              .optCheckpointEvery(4)
              .optListener(resumed)
              .build()
              .fit();
      assertEquals(8, summary.resumedFromStep());
      assertEquals(18, summary.steps());
      assertArrayEquals(
          referenceKernel, cnn.model.read(cnn.model.registry().get("block2/conv/kernel")));
    }
    assertEquals(List.of(8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L), resumed.steps);
    assertEquals(
        reference.losses.subList(8, 18), resumed.losses, "identical losses after the resume");
    // Epoch 1 was cut at batch 2: its mean still covers all six updates, two of them before the
    // kill.
    assertEquals(List.of(1, 2), resumed.epochs);
    assertEquals(reference.epochMeans.subList(1, 3), resumed.epochMeans);
    double epoch1 =
        reference.losses.subList(6, 12).stream().mapToDouble(Double::doubleValue).sum() / 6;
    assertEquals(epoch1, resumed.epochMeans.get(0), 1e-12);
  }

  @Test
  void checkpointDirectoryKeepsOnlyTheLatestCompleteCheckpoint() throws Exception {
    ArrayDataset data = SmallCnn.stripes(32, 5);
    Path checkpoints = dir.resolve("ck");
    try (SmallCnn cnn = new SmallCnn(2, Sgd.momentum(0.9, false, 5e-4))) {
      cnn.trainer(data, 8, 2, 0.05).optCheckpoints(checkpoints).optCheckpointEvery(3).build().fit();
    }
    List<String> names;
    try (Stream<Path> list = Files.list(checkpoints)) {
      names = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of("state.json", "step-8"), names);
    TrainState state = new CheckpointStore(checkpoints).latest().orElseThrow();
    assertEquals(
        new TrainState(
            8,
            2,
            0,
            state.lastLoss(),
            2,
            "step-8",
            TrainState.LossSum.EMPTY,
            state.lastEpochMeanLoss()),
        state);
    assertTrue(state.lastEpochMeanLoss() > 0, "the last epoch's mean loss is kept");
    assertTrue(Files.exists(checkpoints.resolve("step-8/variables.index")));

    // A finished run resumed does no more steps and still reports its last epoch's mean loss;
    // a run with another seed is refused.
    try (SmallCnn cnn = new SmallCnn(2, Sgd.momentum(0.9, false, 5e-4))) {
      TrainSummary again = cnn.trainer(data, 8, 2, 0.05).optCheckpoints(checkpoints).build().fit();
      assertEquals(8, again.steps());
      assertEquals(state.lastEpochMeanLoss(), again.lastEpochMeanLoss());
    }
    try (SmallCnn cnn = new SmallCnn(3, Sgd.momentum(0.9, false, 5e-4))) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> cnn.trainer(data, 8, 2, 0.05).optCheckpoints(checkpoints).build().fit());
      assertTrue(e.getMessage().contains("seed 2"), e.getMessage());
    }
  }

  @Test
  void nonFiniteLossStopsWithStepAndLastFiniteLoss() {
    try (Model model = new Model(0)) {
      Parameter w =
          model.params().create(ParameterSpec.of("w", Role.WEIGHT, Initializers.ones(), 1));
      Ops tf = model.tf();
      // loss = log(w); d/dw = 1/w = 1 at w = 1, so one SGD step with rate 2 makes w = -1.
      UpdateStep step =
          UpdateStep.builder(model)
              .setLoss(tf.reduceSum(tf.math.log(w.value()), tf.constant(0)))
              .setOptimizer(Sgd.plain())
              .build();
      Trainer trainer =
          Trainer.builder()
              .setModel(model)
              .setStep(step)
              .setSchedule(LearningRateSchedule.constant(2.0))
              .setSampler(BatchSampler.sequential(4, 1))
              .setFeeder((indices, rng) -> Feeds.create())
              .setEpochs(1)
              .build();
      NonFiniteLossException e = assertThrows(NonFiniteLossException.class, trainer::fit);
      assertEquals(1, e.step());
      assertEquals(0.0, e.lastFiniteLoss());
      assertTrue(Double.isNaN(e.loss()));
      assertTrue(
          e.getMessage().contains("at step 1") && e.getMessage().contains("last finite loss 0.0"),
          e.getMessage());
      assertFalse(Double.isFinite(e.loss()));
    }
  }
}
