package org.edgefilter.framework.train;

import java.util.Arrays;

/**
 * The learning rate of each step, a pure function of the 0-based step index (the number of updates
 * applied before this one). The trainer feeds {@code rate(step)} as a scalar tensor every step.
 */
@FunctionalInterface
public interface LearningRateSchedule {

  /** The rate for the update with 0-based index {@code step}. */
  double rate(long step);

  /** Always {@code rate}. */
  static LearningRateSchedule constant(double rate) {
    requireNonNegative(rate, "rate");
    return step -> rate;
  }

  /**
   * {@code base * gamma^k} where k is the number of milestones {@code <= step} ({@code
   * torch.optim.lr_scheduler.MultiStepLR}, counted in steps).
   */
  static LearningRateSchedule multiStep(double base, double gamma, long... milestones) {
    requireNonNegative(base, "base rate");
    long[] sorted = milestones.clone();
    Arrays.sort(sorted);
    return step -> {
      int passed = 0;
      for (long m : sorted) {
        if (step >= m) {
          passed++;
        }
      }
      return base * Math.pow(gamma, passed);
    };
  }

  /** {@code base * gamma^floor(step / every)} ({@code StepLR}). */
  static LearningRateSchedule step(double base, double gamma, long every) {
    requireNonNegative(base, "base rate");
    if (every < 1) {
      throw new IllegalArgumentException("step interval must be >= 1, got " + every);
    }
    return step -> base * Math.pow(gamma, Math.floorDiv(step, every));
  }

  /**
   * Cosine annealing from {@code base} to {@code min} over {@code total} steps (Loshchilov and
   * Hutter, SGDR, ICLR 2017, eq. 5 without restarts): {@code min + (base - min) (1 + cos(pi step /
   * total)) / 2}; {@code min} from then on.
   */
  static LearningRateSchedule cosine(double base, double min, long total) {
    requireNonNegative(base, "base rate");
    requireNonNegative(min, "min rate");
    requirePositive(total, "total steps");
    return step -> {
      double progress = Math.min(1.0, Math.max(0.0, (double) step / total));
      return min + (base - min) * 0.5 * (1 + Math.cos(Math.PI * progress));
    };
  }

  /**
   * Linear warm-up then linear decay to zero, as Hugging Face's {@code
   * get_linear_schedule_with_warmup}: {@code peak * step / warmup} for {@code step < warmup}, then
   * {@code peak * max(0, (total - step) / (total - warmup))}.
   */
  static LearningRateSchedule warmupLinear(double peak, long warmup, long total) {
    requireNonNegative(peak, "peak rate");
    requireWarmup(warmup, total);
    return step -> {
      if (step < warmup) {
        return peak * step / Math.max(1, warmup);
      }
      return peak * Math.max(0.0, (double) (total - step) / Math.max(1, total - warmup));
    };
  }

  /**
   * Linear warm-up then cosine decay to zero, as Hugging Face's {@code
   * get_cosine_schedule_with_warmup} (half a cosine period): {@code peak * step / warmup} for
   * {@code step < warmup}, then {@code peak * max(0, (1 + cos(pi * progress)) / 2)} with {@code
   * progress = (step - warmup) / (total - warmup)}.
   */
  static LearningRateSchedule warmupCosine(double peak, long warmup, long total) {
    requireNonNegative(peak, "peak rate");
    requireWarmup(warmup, total);
    return step -> {
      if (step < warmup) {
        return peak * step / Math.max(1, warmup);
      }
      double progress = (double) (step - warmup) / Math.max(1, total - warmup);
      return peak * Math.max(0.0, 0.5 * (1 + Math.cos(Math.PI * progress)));
    };
  }

  private static void requireNonNegative(double value, String what) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be finite and >= 0, got " + value);
    }
  }

  private static void requirePositive(long value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be >= 1, got " + value);
    }
  }

  private static void requireWarmup(long warmup, long total) {
    if (warmup < 0 || total < 1 || warmup > total) {
      throw new IllegalArgumentException(
          "need 0 <= warmup <= total and total >= 1, got warmup " + warmup + ", total " + total);
    }
  }
}
