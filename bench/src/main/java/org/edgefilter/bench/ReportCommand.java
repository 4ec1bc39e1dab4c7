package org.edgefilter.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.compare.CiMethod;
import org.edgefilter.bench.compare.Comparison;
import org.edgefilter.bench.compare.ComparisonSettings;
import org.edgefilter.bench.compare.HolmFamily;
import org.edgefilter.bench.report.PlotContributor;
import org.edgefilter.bench.report.ReportWriter;
import org.edgefilter.bench.stats.WilcoxonSignedRank.ZeroMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench report}: compare arms and write Markdown, HTML and JSON. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Compares every arm with the baseline arm on every metric of every task under RUNS_DIR "
          + "(paired by seed when the arms share seeds, metric families like tent/*/5 paired "
          + "by their entry) and writes report.md, a self-contained report.html, "
          + "comparison.json and plots/*.png.",
      "Metrics and their direction come from result.json (higher_is_better); metrics under "
          + "probe/ are plotted, not tested. A result.json that cannot be used (truncated, "
          + "NaN, no higher_is_better) is skipped and listed in the report."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUNS_DIR", description = "The runs directory.")
  Path runsDir;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Report directory (default: RUNS_DIR/report).")
  Path out;

  @Option(
      names = "--baseline",
      paramLabel = "ARM",
      defaultValue = "baseline",
      description = "The reference arm (default: ${DEFAULT-VALUE}).")
  String baseline;

  @Option(
      names = "--arm",
      paramLabel = "ARM",
      description = "Compare only these arms with the baseline; repeatable (default: all).")
  List<String> arms = new ArrayList<>();

  @Option(
      names = "--metric",
      paramLabel = "GLOB",
      description = "Compare only matching metrics; * within a segment, ** across; repeatable.")
  List<String> metrics = new ArrayList<>();

  @Option(
      names = "--axis",
      paramLabel = "PATTERN",
      description =
          "Metric family paired by its * segment, e.g. tent/*/5; repeatable "
              + "(default: detect a/*/c families with at least 3 members).")
  List<String> axes = new ArrayList<>();

  @Option(names = "--no-axes", description = "Compare every metric on its own (no families).")
  boolean noAxes;

  @Option(
      names = "--level",
      defaultValue = "0.95",
      description =
          "Confidence level of the t and bootstrap intervals (default: " + "${DEFAULT-VALUE}).")
  double level;

  @Option(
      names = "--bootstrap-seed",
      defaultValue = "1",
      description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long bootstrapSeed;

  @Option(
      names = "--zero-method",
      defaultValue = "wilcoxon",
      description =
          "Wilcoxon zero differences: wilcoxon (drop) or pratt (default: " + "${DEFAULT-VALUE}).")
  ZeroMethod zeroMethod;

  @Option(
      names = "--verdict-ci",
      defaultValue = "auto",
      description =
          "Interval quoted in verdicts: auto (the one matching the primary test: t for a t-test,"
              + " bca for Wilcoxon), t (Student-t, paired or Welch), bca or percentile (bootstrap;"
              + " too narrow below 10 values, and the verdict says so). All are reported (default:"
              + " ${DEFAULT-VALUE}).")
  CiMethod verdictCi;

  @Option(
      names = "--family",
      paramLabel = "study|all",
      defaultValue = "study",
      description =
          "Holm family: study (the comparisons of one task, modality/experiment, "
              + "are adjusted together, so a study's verdict does not depend on unrelated runs in "
              + "the folder) or all (every comparison of the report) (default: ${DEFAULT-VALUE}).")
  HolmFamily family;

  @Mixin VerdictOptions verdict;

  @Option(names = "--no-plots", description = "Skip the plots.")
  boolean noPlots;

  @Override
  public Integer call() {
    ComparisonSettings.Builder b =
        verdict
            .settings()
            .optBaseline(baseline)
            .optLevel(level)
            .optBootstrapSeed(bootstrapSeed)
            .optZeroMethod(zeroMethod)
            .optVerdictCi(verdictCi)
            .optHolmFamily(family);
    arms.forEach(b::optArm);
    metrics.forEach(b::optMetric);
    if (noAxes) {
      b.optNoAxes();
    }
    axes.forEach(b::optAxis);
    Path dir = out != null ? out : runsDir.resolve("report");
    ReportWriter.Output o =
        ReportWriter.generate(
            runsDir, dir, b.build(), noPlots ? List.of() : PlotContributor.defaults());
    PrintWriter w = spec.commandLine().getOut();
    for (Comparison c : o.comparisons().comparisons()) {
      w.printf("%s %s, %s: %s%n", c.task().label(), c.metric(), c.arm(), c.verdict().text());
    }
    w.println("Holm family: " + o.comparisons().familyDescription());
    o.comparisons().warnings().forEach(x -> w.println("warning: " + x));
    for (ResultSet.SkippedRun r : o.skipped()) {
      w.println("skipped " + r.file() + ": " + r.reason());
    }
    w.printf("wrote %s, %s, %s and %d plots%n", o.markdown(), o.html(), o.json(), o.plots().size());
    w.flush();
    return 0;
  }
}
