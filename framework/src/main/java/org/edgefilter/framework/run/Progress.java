package org.edgefilter.framework.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * A progress display for long loops: step of total, named values (loss, accuracy), throughput and
 * ETA. On a terminal ({@code System.console() != null}) it keeps rewriting one line with {@code
 * \r}; otherwise (CI logs, redirected output) it prints a plain line at most every {@link
 * Builder#optLogEvery} so logs stay readable. The text itself comes from the pure {@link
 * #format(Snapshot)}.
 *
 * <pre>{@code
 * Progress progress = Progress.builder().setLabel("train").optTotal(steps)
 *     .optItemsPerStep(batchSize).optUnit("img").build();
 * for (long step = 1; step <= steps; step++) {
 *   ...
 *   progress.update(step, Map.of("loss", loss));
 * }
 * progress.finish();
 * }</pre>
 */
public final class Progress {

  /** Shortest interval between two redraws of the interactive line. */
  private static final long REDRAW_NANOS = 100_000_000L;

  private final String label;
  private final long total;
  private final long startStep;
  private final double itemsPerStep;
  private final String unit;
  private final boolean siCounts;
  private final PrintStream out;
  private final boolean interactive;
  private final long logEveryNanos;
  private final LongSupplier nanoTime;
  private final long startNanos;
  private long lastPrintNanos;
  private boolean printedAny;
  private int lastLineLength;
  private long step;
  private Map<String, Double> values = Map.of();
  private boolean finished;

  private Progress(Builder b) {
    this.label = b.label;
    this.total = b.total;
    this.startStep = b.startStep;
    this.itemsPerStep = b.itemsPerStep;
    this.unit = b.unit;
    this.siCounts = b.siCounts;
    this.out = b.out;
    this.interactive = b.interactive;
    this.logEveryNanos = b.logEvery.toNanos();
    this.nanoTime = b.nanoTime;
    this.startNanos = nanoTime.getAsLong();
    this.step = b.startStep;
  }

  /** A builder; {@link Builder#setLabel} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Records that {@code step} steps are done (absolute, counted from 0) and maybe redraws. */
  public void update(long step) {
    update(step, Map.of());
  }

  /**
   * Records that {@code step} steps are done, with the current named values (shown in the given
   * order, e.g. {@code loss}), and redraws if it is time to.
   */
  public synchronized void update(long step, Map<String, Double> values) {
    this.step = step;
    this.values = new LinkedHashMap<>(values);
    long now = nanoTime.getAsLong();
    long interval = interactive ? REDRAW_NANOS : logEveryNanos;
    if (!printedAny || now - lastPrintNanos >= interval) {
      print(now, false);
    }
  }

  /** Prints the final state on its own line; later calls do nothing. */
  public synchronized void finish() {
    if (finished) {
      return;
    }
    finished = true;
    print(nanoTime.getAsLong(), true);
  }

  /** The state as it would be printed now. */
  public synchronized Snapshot snapshot() {
    return snapshotAt(nanoTime.getAsLong());
  }

  private Snapshot snapshotAt(long now) {
    return new Snapshot(
        label,
        step,
        total,
        startStep,
        (now - startNanos) / 1e9,
        itemsPerStep,
        unit,
        siCounts,
        values);
  }

  private void print(long now, boolean last) {
    String line = format(snapshotAt(now));
    if (interactive) {
      // Spaces overwrite the tail of a longer previous line.
      String padding = " ".repeat(Math.max(0, lastLineLength - line.length()));
      out.print("\r" + line + padding + (last ? "\n" : ""));
      lastLineLength = line.length();
    } else {
      out.println(line);
    }
    out.flush();
    printedAny = true;
    lastPrintNanos = now;
  }

  /**
   * What one line shows.
   *
   * @param label what is progressing, e.g. {@code train}
   * @param step steps done
   * @param total steps in all, or {@code <= 0} if unknown
   * @param startStep the step this display started at (a resumed loop), so throughput counts only
   *     work done since
   * @param elapsedSeconds seconds since the display started
   * @param itemsPerStep items (images, tokens, bytes) per step, for throughput
   * @param unit the items' unit, e.g. {@code img}
   * @param siCounts show step counts with SI prefixes (for bytes) instead of plain integers
   * @param values named values in display order
   */
  public record Snapshot(
      String label,
      long step,
      long total,
      long startStep,
      double elapsedSeconds,
      double itemsPerStep,
      String unit,
      boolean siCounts,
      Map<String, Double> values) {

    /** Checks the label and the unit and copies the values. */
    public Snapshot {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(unit, "unit");
      values = values == null ? Map.of() : values;
    }
  }

  /**
   * The line for {@code s}, e.g. {@code train 1200/5000 24.0% loss=0.6931 | 512.3 img/s | 1m05s
   * elapsed, ETA 3m26s}.
   */
  public static String format(Snapshot s) {
    StringBuilder line = new StringBuilder(s.label()).append(' ');
    line.append(count(s.step(), s.siCounts()));
    if (s.total() > 0) {
      line.append('/').append(count(s.total(), s.siCounts()));
      line.append(String.format(Locale.ROOT, " %.1f%%", 100.0 * s.step() / s.total()));
    }
    for (Map.Entry<String, Double> entry : s.values().entrySet()) {
      line.append(' ').append(entry.getKey()).append('=').append(formatValue(entry.getValue()));
    }
    long done = s.step() - s.startStep();
    if (done > 0 && s.elapsedSeconds() > 0) {
      line.append(" | ").append(formatRate(done * s.itemsPerStep() / s.elapsedSeconds(), s.unit()));
    }
    line.append(" | ").append(formatDuration(s.elapsedSeconds())).append(" elapsed");
    OptionalDouble eta = etaSeconds(s.step(), s.total(), s.startStep(), s.elapsedSeconds());
    if (eta.isPresent()) {
      line.append(", ETA ").append(formatDuration(eta.getAsDouble()));
    }
    return line.toString();
  }

  /**
   * Seconds left at the average rate so far: {@code (total - step) * elapsed / (step - startStep)};
   * 0 once {@code step >= total}; empty when the total is unknown or no step has been timed yet.
   */
  public static OptionalDouble etaSeconds(
      long step, long total, long startStep, double elapsedSeconds) {
    if (total <= 0) {
      return OptionalDouble.empty();
    }
    if (step >= total) {
      return OptionalDouble.of(0);
    }
    long done = step - startStep;
    if (done <= 0 || !(elapsedSeconds > 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((total - step) * elapsedSeconds / done);
  }

  /**
   * A human-readable duration rounded to whole seconds: {@code 45s}, {@code 3m05s}, {@code 2h03m},
   * {@code 1d04h}; {@code ?} for a negative or non-finite value.
   */
  public static String formatDuration(double seconds) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      return "?";
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    long minutes = s / 60;
    if (minutes < 24 * 60) {
      return String.format(Locale.ROOT, "%dh%02dm", minutes / 60, minutes % 60);
    }
    long hours = minutes / 60;
    return String.format(Locale.ROOT, "%dd%02dh", hours / 24, hours % 24);
  }

  /** A rate with an SI prefix once it reaches 1000: {@code 512.3 img/s}, {@code 1.5k img/s}. */
  public static String formatRate(double perSecond, String unit) {
    return si(perSecond) + " " + unit + "/s";
  }

  private static String count(long n, boolean siCounts) {
    return siCounts ? si(n) : Long.toString(n);
  }

  private static String si(double v) {
    String[] prefixes = {"", "k", "M", "G", "T"};
    int p = 0;
    double scaled = v;
    while (Math.abs(scaled) >= 999.95 && p < prefixes.length - 1) {
      scaled /= 1000;
      p++;
    }
    return String.format(Locale.ROOT, "%.1f%s", scaled, prefixes[p]);
  }

  /** Four decimals in the usual range, scientific notation for very small or large magnitudes. */
  static String formatValue(double v) {
    if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
      return v == 0 ? "0" : Double.toString(v);
    }
    double a = Math.abs(v);
    return a >= 1e4 || a < 1e-3
        ? String.format(Locale.ROOT, "%.3e", v)
        : String.format(Locale.ROOT, "%.4f", v);
  }

  /** Builds a {@link Progress}: {@code setLabel} is required, {@code opt*} have defaults. */
  public static final class Builder {
    private String label;
    private long total;
    private long startStep;
    private double itemsPerStep = 1;
    private String unit = "it";
    private boolean siCounts;
    private PrintStream out = System.err;
    private boolean interactive = System.console() != null;
    private Duration logEvery = Duration.ofSeconds(30);
    private LongSupplier nanoTime = System::nanoTime;

    private Builder() {}

    /** What is progressing, e.g. {@code train}, {@code tent gaussian_noise/5}. */
    public Builder setLabel(String label) {
      this.label = label;
      return this;
    }

    /** Steps in all; {@code 0} (the default) means unknown: no percentage and no ETA. */
    public Builder optTotal(long total) {
      this.total = total;
      return this;
    }

    /** The step a resumed loop starts at (default 0); throughput counts from here. */
    public Builder optStartStep(long startStep) {
      this.startStep = startStep;
      return this;
    }

    /** Items per step for throughput, e.g. the batch size (default 1). */
    public Builder optItemsPerStep(double itemsPerStep) {
      this.itemsPerStep = itemsPerStep;
      return this;
    }

    /** The items' unit for throughput (default {@code it}). */
    public Builder optUnit(String unit) {
      this.unit = unit;
      return this;
    }

    /** Show counts as {@code 1.5M/12.0M} (for bytes) instead of plain integers. */
    public Builder optSiCounts(boolean siCounts) {
      this.siCounts = siCounts;
      return this;
    }

    /** Where lines go (default {@code System.err}, so standard output stays for results). */
    public Builder optOut(PrintStream out) {
      this.out = out;
      return this;
    }

    /** Rewrite one line with {@code \r} (default: when a console is attached). */
    public Builder optInteractive(boolean interactive) {
      this.interactive = interactive;
      return this;
    }

    /** In plain-line mode, the shortest interval between two lines (default 30 s). */
    public Builder optLogEvery(Duration logEvery) {
      this.logEvery = logEvery;
      return this;
    }

    /** The nanosecond clock (default {@code System::nanoTime}); tests pass a fake one. */
    public Builder optClock(LongSupplier nanoTime) {
      this.nanoTime = nanoTime;
      return this;
    }

    /** Checks the required settings (a label) and returns the display. */
    public Progress build() {
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("Progress needs a label (setLabel)");
      }
      if (!(itemsPerStep > 0)) {
        throw new IllegalArgumentException("itemsPerStep must be > 0, got " + itemsPerStep);
      }
      if (logEvery.isNegative()) {
        throw new IllegalArgumentException("logEvery must not be negative, got " + logEvery);
      }
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(nanoTime, "clock");
      Objects.requireNonNull(unit, "unit");
      return new Progress(this);
    }
  }
}
