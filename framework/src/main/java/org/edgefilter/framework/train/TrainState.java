package org.edgefilter.framework.train;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Where a run stands, saved beside each checkpoint (as {@code state.json}). Together with the run
 * seed it fixes everything random that comes next: the epoch's shuffle and the batch's
 * augmentation stream are derived from (seed, epoch, batch), dropout from (seed, step).
 *
 * @param step updates applied so far, which is also the 0-based index of the next update
 * @param epoch the epoch of the next update
 * @param batch the index within that epoch of the next batch
 * @param lastLoss the loss of the last update
 * @param seed the run seed
 * @param checkpoint the checkpoint's directory name inside the checkpoint directory
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrainState(long step, int epoch, int batch, double lastLoss, long seed, String checkpoint) {

  /** This state pointing at checkpoint directory {@code name}. */
  public TrainState withCheckpoint(String name) {
    return new TrainState(step, epoch, batch, lastLoss, seed, name);
  }
}
