package org.edgefilter.framework.train;

/** Training stopped because a step's loss was NaN or infinite: one kind of divergence. */
public final class NonFiniteLossException extends TrainingDiverged {

  /** The step whose loss was not finite. */
  private final long step;

  /** That loss (NaN or infinite). */
  private final double loss;

  /** The loss of the last finite update, NaN if there was none. */
  private final double lastFiniteLoss;

  /**
   * @param step the 0-based index of the update whose loss was not finite
   * @param loss that loss
   * @param lastFiniteLoss the loss of the last finite update, NaN if there was none
   */
  public NonFiniteLossException(long step, double loss, double lastFiniteLoss) {
    super(
        "loss became "
            + loss
            + " at step "
            + step
            + "; last finite loss "
            + (Double.isNaN(lastFiniteLoss) ? "none (first step)" : String.valueOf(lastFiniteLoss))
            + ". Lower the learning rate, clip gradients or check the inputs.");
    this.step = step;
    this.loss = loss;
    this.lastFiniteLoss = lastFiniteLoss;
  }

  /** The step whose loss was not finite. */
  public long step() {
    return step;
  }

  /** That loss. */
  public double loss() {
    return loss;
  }

  /** The last finite loss, NaN if none. */
  public double lastFiniteLoss() {
    return lastFiniteLoss;
  }
}
