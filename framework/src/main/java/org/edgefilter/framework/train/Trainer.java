package org.edgefilter.framework.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.edgefilter.framework.data.BatchSampler;
import org.edgefilter.framework.data.Seeds;
import org.edgefilter.framework.nn.Model;

/**
 * Runs an {@link UpdateStep} over epochs of seeded batches.
 *
 * <p>Per step: the schedule gives the rate for the 0-based step index, the feeder builds the
 * batch's feeds from the sampler's positions and a random stream derived from (seed, epoch, batch),
 * the step runs, the feeds are closed, the {@link DivergenceRule} checks the loss (a non-finite
 * loss or one that stays far above the first stops training with a {@link TrainingDiverged}), and
 * listeners hear about it.
 *
 * <p>With a checkpoint directory, {@link #fit()} first looks for a checkpoint there: if one exists
 * it restores the variables (optimizer state and moving averages included) and continues from the
 * saved epoch and batch, so the run sees exactly the batches, augmentations and dropout masks it
 * would have seen without the interruption; otherwise it initializes the model. It saves every
 * {@code checkpointEvery} steps and at the end of every epoch.
 */
public final class Trainer {

  private static final long BATCH_STREAM = 0x4241_5443_48L;

  private final Model model;
  private final UpdateStep step;
  private final LearningRateSchedule schedule;
  private final BatchSampler sampler;
  private final BatchFeeder feeder;
  private final int epochs;
  private final CheckpointStore checkpoints;
  private final long checkpointEvery;
  private final List<TrainListener> listeners;
  private final DivergenceRule divergence;

  private Trainer(Builder b) {
    this.divergence = b.divergence;
    this.model = b.model;
    this.step = b.step;
    this.schedule = b.schedule;
    this.sampler = b.sampler;
    this.feeder = b.feeder;
    this.epochs = b.epochs;
    this.checkpoints =
        b.checkpointDirectory == null ? null : new CheckpointStore(b.checkpointDirectory);
    this.checkpointEvery = b.checkpointEvery;
    this.listeners = List.copyOf(b.listeners);
  }

  /** Starts a trainer; model, step, schedule, sampler, feeder and epochs are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The random stream of batch {@code batch} of epoch {@code epoch}; what the feeder receives. */
  public static SplittableRandom batchRandom(long seed, int epoch, int batch) {
    return Seeds.rng(seed, BATCH_STREAM, epoch, batch);
  }

  /**
   * Trains to the configured number of epochs, resuming from the checkpoint directory if it holds a
   * checkpoint.
   *
   * @throws NonFiniteLossException if a loss is NaN or infinite
   * @throws TrainingDiverged if the losses break the {@link DivergenceRule}
   * @throws IllegalStateException if the checkpoint was written with another seed
   */
  public TrainSummary fit() {
    long started = System.nanoTime();
    long stepIndex = 0;
    int epoch = 0;
    int batch = 0;
    double lastFinite = Double.NaN;
    long resumedFrom = -1;
    TrainState.LossSum resumedEpochLoss = TrainState.LossSum.EMPTY;
    double epochMean = Double.NaN;
    if (checkpoints != null && checkpoints.latest().isPresent()) {
      TrainState state = checkpoints.restore(model);
      if (state.seed() != model.seed()) {
        throw new IllegalStateException(
            "checkpoint in "
                + checkpoints.directory()
                + " was written by a run with seed "
                + state.seed()
                + ", this model has seed "
                + model.seed());
      }
      stepIndex = state.step();
      epoch = state.epoch();
      batch = state.batch();
      lastFinite = state.lastLoss();
      resumedFrom = stepIndex;
      resumedEpochLoss = state.epochLoss();
      if (state.lastEpochMeanLoss() != null) {
        epochMean = state.lastEpochMeanLoss();
      }
    }
    model.initialize();
    DivergenceRule.Tracker diverging = divergence.tracker();
    for (; epoch < epochs; epoch++, batch = 0) {
      int[][] batches = sampler.epoch(epoch);
      // A resumed epoch continues the sum of the updates it ran before the checkpoint.
      TrainState.LossSum epochLoss = batch > 0 ? resumedEpochLoss : TrainState.LossSum.EMPTY;
      for (; batch < batches.length; batch++) {
        long t0 = System.nanoTime();
        double rate = schedule.rate(stepIndex);
        StepResult result;
        try (Feeds feeds = feeder.feed(batches[batch], batchRandom(model.seed(), epoch, batch))) {
          result = step.run(feeds, rate, stepIndex);
        }
        double loss = result.loss();
        if (!Double.isFinite(loss)) {
          throw new NonFiniteLossException(stepIndex, loss, lastFinite);
        }
        diverging.check(stepIndex, loss);
        lastFinite = loss;
        epochLoss = epochLoss.plus(loss);
        double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        for (TrainListener l : listeners) {
          l.onStep(stepIndex, loss, rate, batches[batch].length / seconds);
        }
        stepIndex++;
        boolean lastOfEpoch = batch == batches.length - 1;
        if (checkpoints != null
            && checkpointEvery > 0
            && stepIndex % checkpointEvery == 0
            && !lastOfEpoch) {
          checkpoints.save(
              model,
              new TrainState(
                  stepIndex, epoch, batch + 1, loss, model.seed(), null, epochLoss, epochMean));
        }
      }
      epochMean = epochLoss.mean();
      if (checkpoints != null) {
        checkpoints.save(
            model,
            new TrainState(
                stepIndex,
                epoch + 1,
                0,
                lastFinite,
                model.seed(),
                null,
                TrainState.LossSum.EMPTY,
                epochMean));
      }
      for (TrainListener l : listeners) {
        l.onEpoch(epoch, stepIndex, epochMean);
      }
    }
    return new TrainSummary(
        stepIndex, epochs, lastFinite, epochMean, resumedFrom, (System.nanoTime() - started) / 1e9);
  }

  /** Configuration of a {@link Trainer}. */
  public static final class Builder {
    private Model model;
    private UpdateStep step;
    private LearningRateSchedule schedule;
    private BatchSampler sampler;
    private BatchFeeder feeder;
    private int epochs = -1;
    private Path checkpointDirectory;
    private long checkpointEvery;
    private final List<TrainListener> listeners = new ArrayList<>();
    private DivergenceRule divergence = DivergenceRule.DEFAULT;

    private Builder() {}

    /** When training counts as diverged (default: {@link DivergenceRule#DEFAULT}). */
    public Builder optDivergence(DivergenceRule rule) {
      this.divergence = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /** The model that owns the step's graph. */
    public Builder setModel(Model model) {
      this.model = model;
      return this;
    }

    /** The update to run each batch. */
    public Builder setStep(UpdateStep step) {
      this.step = step;
      return this;
    }

    /** The learning rate per step. */
    public Builder setSchedule(LearningRateSchedule schedule) {
      this.schedule = schedule;
      return this;
    }

    /** Which dataset positions form each batch of each epoch. */
    public Builder setSampler(BatchSampler sampler) {
      this.sampler = sampler;
      return this;
    }

    /** Builds a batch's feeds. */
    public Builder setFeeder(BatchFeeder feeder) {
      this.feeder = feeder;
      return this;
    }

    /** The total number of epochs, counting any already done before a resume. */
    public Builder setEpochs(int epochs) {
      this.epochs = epochs;
      return this;
    }

    /** Checkpoint into {@code directory} and resume from it (default: no checkpoints). */
    public Builder optCheckpoints(Path directory) {
      this.checkpointDirectory = directory;
      return this;
    }

    /** Also checkpoint every {@code steps} updates (default: only at the end of epochs). */
    public Builder optCheckpointEvery(long steps) {
      if (steps < 1) {
        throw new IllegalArgumentException("checkpoint interval must be >= 1, got " + steps);
      }
      this.checkpointEvery = steps;
      return this;
    }

    /** Adds a listener. */
    public Builder optListener(TrainListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** Checks the configuration. */
    public Trainer build() {
      Objects.requireNonNull(model, "setModel is required");
      Objects.requireNonNull(step, "setStep is required");
      Objects.requireNonNull(schedule, "setSchedule is required");
      Objects.requireNonNull(sampler, "setSampler is required");
      Objects.requireNonNull(feeder, "setFeeder is required");
      if (epochs < 1) {
        throw new IllegalArgumentException(
            "setEpochs is required and must be >= 1 (an" + " untrained model is not a result)");
      }
      if (checkpointEvery > 0 && checkpointDirectory == null) {
        throw new IllegalArgumentException("optCheckpointEvery needs optCheckpoints(directory)");
      }
      return new Trainer(this);
    }
  }
}
