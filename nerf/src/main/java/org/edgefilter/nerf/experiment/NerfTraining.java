package org.edgefilter.nerf.experiment;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Random;
import org.edgefilter.framework.data.BatchSampler;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.Progress;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.run.ScalarSummaryWriter;
import org.edgefilter.framework.run.TrainingLog;
import org.edgefilter.framework.train.CheckpointStore;
import org.edgefilter.framework.train.TrainState;
import org.edgefilter.framework.train.TrainSummary;
import org.edgefilter.framework.train.Trainer;
import org.edgefilter.nerf.data.RayBatch;
import org.edgefilter.nerf.data.ViewSet;
import org.edgefilter.nerf.model.NerfModel;
import org.edgefilter.nerf.model.SamplingConfig;

/**
 * Trains a {@link NerfModel} on random rays of the training views with the framework {@link
 * Trainer}: each batch's feeder draws stratified coarse depths, runs the coarse network for its
 * weights, draws the fine depths on the host, and feeds the training step. Checkpoints go to the
 * run's {@code checkpoint/} (a killed run resumes there); the loss and learning rate go to {@code
 * metrics.jsonl} and TensorBoard every {@code logEvery} steps.
 */
final class NerfTraining {

  private NerfTraining() {}

  /** The number of optimization steps {@code config} asks for on {@code pixels} training pixels. */
  static long totalSteps(TrainConfig config, long pixels) {
    return (long) config.epochs() * (pixels / config.batchSize());
  }

  /**
   * Trains (or resumes) to the configured number of epochs.
   *
   * @throws org.edgefilter.framework.train.NonFiniteLossException naming the step if the loss stops
   *     being finite
   */
  static TrainSummary train(
      NerfModel nerf, ViewSet views, NerfConfig config, RunDirectory run, PrintStream out) {
    RayTable rays = new RayTable(views, config.pixels());
    TrainConfig train = config.train();
    if (train.batchSize() > rays.size()) {
      throw new org.edgefilter.framework.cli.ConfigException(
          "train.batchSize "
              + train.batchSize()
              + " exceeds the "
              + rays.size()
              + " training pixels");
    }
    long seed = nerf.model().seed();
    BatchSampler sampler = new BatchSampler(rays.size(), train.batchSize(), true, true, seed);
    long total = totalSteps(train, rays.size());
    SamplingConfig sampling = config.sampling();
    Trainer.Builder trainer =
        Trainer.builder()
            .setModel(nerf.model())
            .setStep(nerf.trainStep())
            .setSchedule(step -> train.rate(step, total))
            .setSampler(sampler)
            .setEpochs(train.epochs())
            .setFeeder(
                (indices, rng) -> {
                  RayBatch batch = rays.gather(indices);
                  Random random = new Random(rng.nextLong());
                  int n = batch.size();
                  float[] coarse = sampling.coarse(n, random);
                  float[] weights =
                      nerf.coarseWeights(n, batch.origins(), batch.directions(), coarse);
                  float[] fine = sampling.fine(n, coarse, weights, random);
                  return nerf.trainingFeeds(
                      n, batch.origins(), batch.directions(), batch.rgb(), coarse, fine);
                })
            .optCheckpoints(run.checkpointDir());
    if (train.checkpointEvery() > 0) {
      trainer.optCheckpointEvery(train.checkpointEvery());
    }
    long resumeAt =
        new CheckpointStore(run.checkpointDir()).latest().map(TrainState::step).orElse(0L);
    Progress progress =
        Progress.builder()
            .setLabel(run.arm() + " train")
            .optTotal(total)
            .optStartStep(resumeAt)
            .optItemsPerStep(train.batchSize())
            .optUnit("ray")
            .optOut(out)
            .optLogEvery(Duration.ofSeconds(30))
            .build();
    try (MetricsLog log = run.openMetricsLogResumingAt(resumeAt);
        ScalarSummaryWriter board = run.openSummaryWriter()) {
      trainer.optListener(new TrainingLog(log, board, progress, train.logEvery(), ""));
      TrainSummary summary = trainer.build().fit();
      progress.finish();
      return summary;
    }
  }
}
