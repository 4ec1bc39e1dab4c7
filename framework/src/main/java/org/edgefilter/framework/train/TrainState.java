package org.edgefilter.framework.train;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Where a run stands, saved beside each checkpoint (as {@code state.json}). Together with the run
 * seed it fixes everything random that comes next: the epoch's shuffle and the batch's augmentation
 * stream are derived from (seed, epoch, batch), dropout from (seed, step).
 *
 * @param step updates applied so far, which is also the 0-based index of the next update
 * @param epoch the epoch of the next update
 * @param batch the index within that epoch of the next batch
 * @param lastLoss the loss of the last update
 * @param seed the run seed
 * @param checkpoint the checkpoint's directory name inside the checkpoint directory
 * @param epochLoss the losses of {@code epoch}'s updates so far (before {@code batch}), so that a
 *     resumed epoch reports the mean over all its updates; empty in files written before it existed
 * @param lastEpochMeanLoss the mean loss of the last completed epoch, so that a run resumed with
 *     nothing left to train still reports it; null (never NaN) before the first epoch ends and in
 *     older files
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrainState(
    long step,
    int epoch,
    int batch,
    double lastLoss,
    long seed,
    String checkpoint,
    LossSum epochLoss,
    Double lastEpochMeanLoss) {

  /** Fills the fields that older files lack. */
  public TrainState {
    if (epochLoss == null) {
      epochLoss = LossSum.EMPTY;
    }
    if (lastEpochMeanLoss != null && lastEpochMeanLoss.isNaN()) {
      lastEpochMeanLoss = null;
    }
  }

  /** A state without the loss bookkeeping (an empty epoch sum, no completed epoch). */
  public TrainState(
      long step, int epoch, int batch, double lastLoss, long seed, String checkpoint) {
    this(step, epoch, batch, lastLoss, seed, checkpoint, null, null);
  }

  /**
   * The sum and count of losses of part of an epoch.
   *
   * @param sum the sum of the losses
   * @param count how many updates
   */
  public record LossSum(double sum, int count) {

    /** No updates yet. */
    public static final LossSum EMPTY = new LossSum(0, 0);

    /** This sum with one more loss. */
    public LossSum plus(double loss) {
      return new LossSum(sum + loss, count + 1);
    }

    /** The mean, NaN for no updates. */
    public double mean() {
      return count == 0 ? Double.NaN : sum / count;
    }
  }

  /** This state pointing at checkpoint directory {@code name}. */
  public TrainState withCheckpoint(String name) {
    return new TrainState(step, epoch, batch, lastLoss, seed, name, epochLoss, lastEpochMeanLoss);
  }
}
