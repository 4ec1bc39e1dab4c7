package org.edgefilter.language.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edgefilter.framework.run.Progress;
import org.edgefilter.language.data.GlueTask;

/**
 * The arms of one experiment on one task and seed, baseline first, with a printable comparison.
 *
 * @param task the GLUE task
 * @param experiment the experiment folder name
 * @param seed the seed every arm ran with
 * @param runs the arms' outcomes, baseline first
 */
public record ExperimentOutcome(
    GlueTask task, String experiment, long seed, List<RunOutcome> runs) {

  /**
   * The paper's dev accuracy in percent, baseline then with the filter (Lee, Lee, Kwak, NeurIPS
   * 2025, arXiv:2510.13865, text results: 12-layer BERT architecture trained from scratch).
   */
  static final Map<GlueTask, double[]> PAPER_ACCURACY =
      Map.of(
          GlueTask.SST2, new double[] {79.36, 80.85},
          GlueTask.QQP, new double[] {83.42, 83.46},
          GlueTask.QNLI, new double[] {62.40, 63.30});

  public ExperimentOutcome {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("an experiment needs at least one run");
    }
  }

  /**
   * A table of every arm's metrics, steps and time, the differences to the baseline and the paper's
   * numbers.
   */
  public String table() {
    List<String> names = new ArrayList<>(runs.get(0).metrics().keySet());
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "language %s, %s, seed %d%n", experiment, task, seed));
    text.append(String.format(Locale.ROOT, "%-22s", "arm"));
    names.forEach(name -> text.append(String.format(Locale.ROOT, " %9s", name)));
    text.append(String.format(Locale.ROOT, " %7s %9s%n", "steps", "time"));
    for (RunOutcome run : runs) {
      text.append(String.format(Locale.ROOT, "%-22s", run.arm()));
      names.forEach(
          name ->
              text.append(
                  String.format(
                      Locale.ROOT, " %9.4f", run.metrics().getOrDefault(name, Double.NaN))));
      text.append(
          String.format(
              Locale.ROOT,
              " %7s %9s%s%n",
              run.steps() < 0 ? "-" : Long.toString(run.steps()),
              Progress.formatDuration(run.wallSeconds()),
              run.reused() ? " (earlier run)" : ""));
    }
    RunOutcome baseline = runs.get(0);
    for (RunOutcome run : runs.subList(1, runs.size())) {
      text.append(String.format(Locale.ROOT, "%s - baseline:", run.arm()));
      names.forEach(
          name ->
              text.append(
                  String.format(
                      Locale.ROOT,
                      " %s %+.4f",
                      name,
                      run.metrics().getOrDefault(name, Double.NaN)
                          - baseline.metrics().get(name))));
      text.append(System.lineSeparator());
    }
    double[] paper = PAPER_ACCURACY.get(task);
    text.append(
        String.format(
            Locale.ROOT,
            "paper (BERT-base from scratch, full data): dev accuracy"
                + " %.2f%% -> %.2f%% with the filter (%+.2f)%n",
            paper[0],
            paper[1],
            paper[1] - paper[0]));
    text.append(
            "One seed cannot decide whether the filter helps: rerun with other --seed values"
                + " and compare them with bench.")
        .append(System.lineSeparator());
    return text.toString();
  }
}
