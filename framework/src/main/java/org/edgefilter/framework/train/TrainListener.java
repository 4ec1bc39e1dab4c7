package org.edgefilter.framework.train;

/**
 * Observes a {@link Trainer}: progress displays, metrics logs and evaluations plug in here. Both
 * methods run on the training thread between steps; an exception thrown from them stops training
 * and propagates out of {@link Trainer#fit()} (the last checkpoint stays valid).
 */
public interface TrainListener {

  /**
   * Called after every update.
   *
   * @param step the 0-based index of the update just applied
   * @param loss its loss (computed before the update)
   * @param learningRate the rate it used
   * @param examplesPerSecond examples in the batch divided by the step's wall time, feeding
   *     included
   */
  default void onStep(long step, double loss, double learningRate, double examplesPerSecond) {}

  /**
   * Called after the last batch of an epoch, after any checkpoint of that epoch.
   *
   * @param epoch the 0-based epoch just finished
   * @param steps updates applied so far in the whole run
   * @param meanLoss the mean loss over the epoch's steps run in this process (after a resume in the
   *     middle of an epoch, only the steps since the resume)
   */
  default void onEpoch(int epoch, long steps, double meanLoss) {}
}
