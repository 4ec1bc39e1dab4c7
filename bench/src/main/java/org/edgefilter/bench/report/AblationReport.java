package org.edgefilter.bench.report;

import java.awt.Color;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.edgefilter.bench.ablation.AblationSpec;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.collect.TaskKey;
import org.edgefilter.bench.compare.Comparison;
import org.edgefilter.bench.compare.ComparisonEngine;
import org.edgefilter.bench.compare.ComparisonSet;
import org.edgefilter.bench.compare.ComparisonSettings;
import org.edgefilter.bench.compare.Format;
import org.edgefilter.bench.compare.HolmFamily;
import org.edgefilter.bench.stats.Summary;
import org.edgefilter.framework.io.AtomicFiles;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * The report of an ablation ({@code bench ablation report}): per factor and metric, the metric
 * against the level with 95% Student-t bars (one PNG each) and the paired comparison of every level
 * with the shared baseline arm, Holm-adjusted over the ablation (every filter arm against the
 * baseline on every metric, each arm once even when several factors share it).
 */
public final class AblationReport {

  /** File names in the output directory. */
  public static final String MARKDOWN = "ablation.md";

  public static final String HTML = "ablation.html";

  /** Column headers of a factor's table (tests find columns by them). */
  public static final List<String> HEADER =
      List.of(
          "Level",
          "Arm",
          "n",
          "Mean",
          "CI of mean",
          "Difference (level - baseline)",
          "CI of difference",
          "p raw",
          "p Holm",
          "Verdict");

  /**
   * What was written and computed.
   *
   * @param markdown ablation.md
   * @param html ablation.html
   * @param plots the PNG files, one per factor and metric
   * @param comparisons every level's comparison with the baseline, Holm-adjusted together
   * @param missingArms arms of the ablation without a single run
   */
  public record Output(
      Path markdown,
      Path html,
      List<Path> plots,
      ComparisonSet comparisons,
      List<String> missingArms) {}

  private AblationReport() {}

  /**
   * Compares and writes.
   *
   * @param spec the ablation
   * @param scanned runs read from its runs directory (other tasks are ignored; runs under an
   *     earlier arm name in the ablation's {@code aliases} count as the arm's)
   * @param outDir where the report goes
   * @param base test, CI and alpha settings (baseline, arms, metrics and family are the ablation's)
   */
  public static Output write(
      AblationSpec spec, ResultSet scanned, Path outDir, ComparisonSettings base) {
    TaskKey task = new TaskKey(spec.modality(), spec.experiment());
    ResultSet results = scanned.renameArms(task, spec::canonicalArm);
    List<String> present = results.arms(task);
    if (!present.contains(AblationSpec.BASELINE)) {
      throw new IllegalArgumentException(
          "no run of the baseline arm under "
              + results.root()
              + "/"
              + task.label()
              + " (arms found: "
              + present
              + ")");
    }
    List<String> missing = new ArrayList<>();
    ComparisonSettings.Builder b =
        ComparisonSettings.builder()
            .optBaseline(AblationSpec.BASELINE)
            .optNoAxes()
            .optHolmFamily(HolmFamily.STUDY)
            .optAlpha(base.alpha())
            .optLevel(base.level())
            .optResamples(base.resamples())
            .optBootstrapSeed(base.bootstrapSeed())
            .optZeroMethod(base.zeroMethod())
            .optPrimaryTest(base.primaryTest())
            .optVerdictCi(base.verdictCi());
    for (AblationSpec.Arm a : spec.arms().subList(1, spec.arms().size())) {
      if (present.contains(a.name())) {
        b.optArm(a.name());
      } else {
        missing.add(a.name());
      }
    }
    spec.metrics().forEach(b::optMetric);
    ComparisonSettings settings = b.build();
    ComparisonSet set =
        new ComparisonEngine(settings).run(ResultSet.of(results.root(), results.runs(task)));

    Document doc = new Document();
    String title = "Ablation " + spec.name() + " (" + task.label() + ")";
    doc.heading(1, title);
    int family = set.tasks().isEmpty() ? 0 : set.tasks().get(0).holmFamilySize();
    doc.paragraph(
        "Generated "
            + Instant.now().truncatedTo(ChronoUnit.SECONDS)
            + " from "
            + results.runs(task).size()
            + " runs in "
            + results.root().toAbsolutePath().normalize()
            + ". Every level is compared with the shared baseline arm, paired by seed; Holm family:"
            + " "
            + family
            + " p-values (every filter arm of this ablation against the baseline on "
            + "every metric, each arm once even where factors share it); alpha = "
            + Format.num(settings.alpha())
            + ". Bars and CIs: "
            + Format.num(100 * base.level())
            + "% Student-t intervals.");
    doc.heading(2, "Defaults");
    List<String> defaults = new ArrayList<>();
    defaults.add("Every factor varies one key around " + spec.defaults() + ".");
    defaults.add(
        "Arms are named by the project's rule: ef-<kind>[-s<scale>]-k<kernelSize>-p<position>, "
            + "then -<padding> unless reflect and -<mode> unless high-pass; the baseline runs "
            + "with: "
            + String.join(" ", spec.baselineArgs())
            + ".");
    spec.aliases()
        .forEach(
            (arm, earlier) ->
                defaults.add(
                    "Runs whose result.json names the arm "
                        + String.join(" or ", earlier)
                        + " (an earlier name) are read as "
                        + arm
                        + "'s runs."));
    doc.bullets(defaults);
    if (!missing.isEmpty()) {
      doc.heading(2, "Arms without runs");
      doc.bullets(missing);
    }
    List<Path> plots = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    for (AblationSpec.Factor f : spec.factors()) {
      for (String metric : spec.metrics()) {
        factor(doc, spec, f, metric, results, task, set, base.level(), outDir, plots, files);
      }
    }
    if (!results.skipped().isEmpty()) {
      doc.heading(2, "Skipped runs");
      doc.bullets(results.skipped().stream().map(r -> r.file() + ": " + r.reason()).toList());
    }
    Path md = outDir.resolve(MARKDOWN);
    Path html = outDir.resolve(HTML);
    AtomicFiles.writeString(md, MarkdownRenderer.render(doc, files));
    AtomicFiles.writeString(html, HtmlRenderer.render(doc, title));
    return new Output(md, html, plots, set, missing);
  }

  private static void factor(
      Document doc,
      AblationSpec spec,
      AblationSpec.Factor f,
      String metric,
      ResultSet results,
      TaskKey task,
      ComparisonSet set,
      double level,
      Path outDir,
      List<Path> plots,
      Map<String, String> files) {
    doc.heading(2, "Factor: " + f.name() + " (" + f.key() + "), " + metric);
    if (!f.set().isEmpty()) {
      doc.paragraph("Fixed for this factor: " + f.set() + ".");
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Double> bars = new ArrayList<>();
    Summary baseline = summary(results, task, AblationSpec.BASELINE, metric);
    if (baseline != null) {
      rows.add(
          List.of(
              "baseline (shared)",
              AblationSpec.BASELINE,
              Integer.toString(baseline.n()),
              Format.num(baseline.mean()),
              meanCi(baseline, level),
              "-",
              "-",
              "-",
              "-",
              "-"));
      labels.add("baseline");
      means.add(baseline.mean());
      bars.add(halfWidth(baseline, level));
    }
    List<String> verdicts = new ArrayList<>();
    for (AblationSpec.Level l : spec.levels(f)) {
      Summary s = summary(results, task, l.arm(), metric);
      Comparison c =
          set.comparisons().stream()
              .filter(x -> x.arm().equals(l.arm()) && x.metric().equals(metric))
              .findFirst()
              .orElse(null);
      if (s == null) {
        rows.add(
            List.of(l.level(), l.arm(), "0", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "no runs"));
        continue;
      }
      labels.add(l.level());
      means.add(s.mean());
      bars.add(halfWidth(s, level));
      if (c == null) {
        rows.add(
            List.of(
                l.level(),
                l.arm(),
                Integer.toString(s.n()),
                Format.num(s.mean()),
                meanCi(s, level),
                "n/a",
                "n/a",
                "n/a",
                "n/a",
                "not compared"));
        continue;
      }
      double[] ci = c.bounds(c.verdict().ciMethod());
      rows.add(
          List.of(
              l.level(),
              l.arm(),
              Integer.toString(s.n()),
              Format.num(s.mean()),
              meanCi(s, level),
              Format.signed(c.meanDifference()),
              ci == null ? "n/a" : Format.range(ci[0], ci[1]),
              Format.p(c.pRaw()),
              Format.p(c.pAdjusted()),
              ReportContent.kindLabel(c.verdict().kind())));
      verdicts.add(f.key() + " = " + l.level() + " (" + l.arm() + "): " + c.verdict().text());
    }
    doc.table(HEADER, rows);
    doc.bullets(verdicts);
    if (labels.isEmpty()) {
      return;
    }
    boolean higher = results.higherIsBetter(task, metric);
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(Charts.WIDTH)
            .height(Charts.HEIGHT)
            .title(spec.name() + ": " + f.name() + ", " + metric)
            .xAxisTitle(f.key())
            .yAxisTitle(metric + (higher ? " (higher is better)" : " (lower is better)"))
            .build();
    Charts.style(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setErrorBarsColor(Color.BLACK);
    chart.addSeries("mean", labels, means, bars);
    String id = "ablation-" + Figure.slug(spec.name() + "-" + f.name() + "-" + metric);
    Figure fig =
        new Figure(
            id,
            task,
            f.name() + ": " + metric,
            "Mean of "
                + metric
                + " per level of "
                + f.key()
                + " (first bar: the shared baseline); whiskers: "
                + Format.num(100 * level)
                + "% Student-t interval of the mean (none for n = 1).",
            Charts.png(chart));
    String rel = ReportWriter.PLOTS + "/" + id + ".png";
    Path p = outDir.resolve(rel);
    AtomicFiles.write(p, out -> out.write(fig.png()));
    files.put(id, rel);
    plots.add(p);
    doc.figure(fig);
  }

  private static Summary summary(ResultSet results, TaskKey task, String arm, String metric) {
    SortedMap<Long, Double> v = results.values(task, arm, metric);
    if (v.isEmpty()) {
      return null;
    }
    return Summary.of(v.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double halfWidth(Summary s, double level) {
    double hw = s.meanHalfWidth(level);
    return Double.isNaN(hw) ? 0.0 : hw;
  }

  private static String meanCi(Summary s, double level) {
    double hw = s.meanHalfWidth(level);
    return Double.isNaN(hw) ? "n/a" : Format.range(s.mean() - hw, s.mean() + hw);
  }
}
