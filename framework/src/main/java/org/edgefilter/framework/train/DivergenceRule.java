package org.edgefilter.framework.train;

/**
 * When a {@link Trainer} declares a run diverged: a loss that is NaN or infinite (at once), or a
 * loss above {@code factor} times the first loss of the process for {@code patience} consecutive
 * steps. Either way training stops with a {@link TrainingDiverged} (exit code DIVERGED) and no
 * result is written.
 *
 * <p>The default, 10x for 5 steps, catches a learning rate orders of magnitude too large (with 1e6
 * a small CNN's cross-entropy goes from 2.3 to about 5e5 and stays there) and leaves alone the
 * ordinary noise of a healthy run, whose loss falls below its first value within a few steps.
 *
 * @param factor the multiple of the first loss that counts as diverging, > 1
 * @param patience consecutive steps above it before training stops, >= 1
 */
public record DivergenceRule(double factor, int patience) {

  /** 10x the first loss for 5 consecutive steps. */
  public static final DivergenceRule DEFAULT = new DivergenceRule(10, 5);

  public DivergenceRule {
    if (!(factor > 1) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("divergence factor must be > 1 and finite, got " + factor);
    }
    if (patience < 1) {
      throw new IllegalArgumentException("divergence patience must be >= 1, got " + patience);
    }
  }

  /** Stated in words for messages and documentation. */
  public String describe() {
    return "a non-finite loss, or a loss above "
        + factor
        + "x the first for "
        + patience
        + " consecutive steps";
  }

  /** A fresh tracker of one training process. */
  public Tracker tracker() {
    return new Tracker(this);
  }

  /** Follows the losses of one process; {@link #check} throws once the rule fires. */
  public static final class Tracker {
    private final DivergenceRule rule;
    private double first = Double.NaN;
    private double lastFinite = Double.NaN;
    private int above;

    private Tracker(DivergenceRule rule) {
      this.rule = rule;
    }

    /**
     * Records the loss of step {@code step}.
     *
     * @throws NonFiniteLossException if it is NaN or infinite
     * @throws TrainingDiverged if it is the {@code patience}-th consecutive loss above the limit
     */
    public void check(long step, double loss) {
      if (!Double.isFinite(loss)) {
        throw new NonFiniteLossException(step, loss, lastFinite);
      }
      lastFinite = loss;
      if (Double.isNaN(first)) {
        first = loss;
        return;
      }
      // A first loss of 0 (or below) has no meaningful multiple: only non-finite losses count.
      if (first > 0 && loss > rule.factor() * first) {
        above++;
        if (above >= rule.patience()) {
          throw new TrainingDiverged(
              "loss "
                  + loss
                  + " at step "
                  + step
                  + " has stayed above "
                  + rule.factor()
                  + "x the first loss ("
                  + first
                  + ") for "
                  + above
                  + " consecutive steps. Lower the learning rate, clip gradients or check the"
                  + " inputs.");
        }
      } else {
        above = 0;
      }
    }
  }
}
