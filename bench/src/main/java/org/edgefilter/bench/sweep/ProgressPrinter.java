package org.edgefilter.bench.sweep;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Prints one line per finished run and the sweep's progress, e.g.
 *
 * <pre>
 * [ 3/12] ok       ef-mean-k3 seed 1    38.2s  clean_acc=0.9123 tent/mean_acc=0.8011 (+28 more)
 *         | 3/12 done: 2 ok, 0 failed, 1 skipped | elapsed 1m12s | ETA 3m05s
 * </pre>
 */
public final class ProgressPrinter implements SweepListener {

  /** Metrics shown per line; the rest are counted. */
  static final int SHOWN_METRICS = 3;

  private final PrintWriter out;

  public ProgressPrinter(PrintWriter out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void planned(List<RunTask> tasks, int toRun) {
    out.printf(
        "sweep: %d runs, %d to run, %d already complete%n",
        tasks.size(), toRun, tasks.size() - toRun);
    out.flush();
  }

  @Override
  public void finished(RunOutcome o, SweepProgress p) {
    int width = Integer.toString(p.total()).length();
    StringBuilder line = new StringBuilder();
    line.append(
        String.format(
            "[%" + width + "d/%d] %-9s %-24s %7s",
            p.finished(),
            p.total(),
            status(o),
            o.task().label(),
            o.status() == RunOutcome.Status.SKIPPED ? "" : String.format("%.1fs", o.seconds())));
    String metrics = metrics(o.metrics());
    if (!metrics.isEmpty()) {
      line.append("  ").append(metrics);
    }
    if (!o.message().isEmpty() && o.status() != RunOutcome.Status.SKIPPED) {
      line.append("  ").append(o.message());
    }
    line.append(
        String.format(
            "%n%"
                + (width * 2 + 4)
                + "s| %d/%d done: %d ok, %d failed, "
                + "%d skipped | elapsed %s | ETA %s",
            "",
            p.finished(),
            p.total(),
            p.ok(),
            p.failed(),
            p.skipped(),
            Durations.format(p.elapsed()),
            p.eta() == null ? "unknown" : Durations.format(p.eta())));
    out.println(line);
    out.flush();
  }

  @Override
  public void done(SweepSummary s) {
    out.printf(
        "sweep finished in %s: %d ok, %d failed, %d timed out, %d skipped%n",
        Durations.format(s.elapsed()),
        s.count(RunOutcome.Status.OK),
        s.count(RunOutcome.Status.FAILED),
        s.count(RunOutcome.Status.TIMED_OUT),
        s.count(RunOutcome.Status.SKIPPED));
    for (RunOutcome o : s.outcomes()) {
      if (!o.completed()) {
        out.printf(
            "  %s %s: %s (log: %s)%n",
            status(o), o.task().label(), o.message(), o.task().logFile());
      }
    }
    out.flush();
  }

  private static String status(RunOutcome o) {
    return switch (o.status()) {
      case OK -> "ok";
      case SKIPPED -> "skipped";
      case FAILED -> "FAILED";
      case TIMED_OUT -> "TIMEOUT";
    };
  }

  static String metrics(Map<String, Double> metrics) {
    StringBuilder s = new StringBuilder();
    int shown = 0;
    for (Map.Entry<String, Double> e : new TreeMap<>(metrics).entrySet()) {
      if (e.getKey().startsWith("probe/")) {
        continue;
      }
      if (shown == SHOWN_METRICS) {
        break;
      }
      if (shown > 0) {
        s.append(' ');
      }
      s.append(e.getKey()).append('=').append(String.format("%.4g", e.getValue()));
      shown++;
    }
    int rest = metrics.size() - shown;
    if (rest > 0 && shown > 0) {
      s.append(" (+").append(rest).append(" more)");
    }
    return s.toString();
  }
}
