package org.edgefilter.bench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.compare.AxisGroup;
import org.edgefilter.bench.compare.AxisPattern;
import org.edgefilter.bench.compare.Comparison;
import org.edgefilter.bench.compare.ComparisonSet;
import org.edgefilter.bench.compare.ComparisonSettings;
import org.edgefilter.bench.compare.MetricGlob;
import org.edgefilter.bench.compare.TaskComparisons;
import org.edgefilter.bench.stats.BootstrapInterval;
import org.edgefilter.bench.stats.EffectSize;
import org.edgefilter.bench.stats.Summary;
import org.edgefilter.bench.stats.TInterval;
import org.edgefilter.bench.stats.TestResult;

/**
 * The schema of {@code comparison.json} ({@value #SCHEMA}): every number of the report at full
 * precision, snake_case keys, {@code null} where a value does not exist (with the reason beside
 * it), never NaN.
 *
 * @param schema {@value #SCHEMA}
 * @param generated ISO-8601 instant
 * @param runsDir the scanned directory
 * @param settings how the comparisons were computed
 * @param holmFamily {@code STUDY} (one Holm family per task) or {@code ALL}
 * @param holmFamilySize number of p-values adjusted, over all families
 * @param tasks per task: arms, families, comparisons, its Holm family's size
 * @param warnings problems met while reading
 * @param skipped result files that could not be used, with the reason
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComparisonJson(
    String schema,
    String generated,
    String runsDir,
    Settings settings,
    String holmFamily,
    int holmFamilySize,
    List<Task> tasks,
    List<String> warnings,
    List<Skipped> skipped) {

  /** A result.json left out. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Skipped(String file, String reason) {}

  /** Identifies this format; bump on incompatible changes. */
  public static final String SCHEMA = "edgefilter.bench.comparison/1";

  /** See {@link ComparisonSettings}. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Settings(
      String baseline,
      List<String> arms,
      List<String> metrics,
      List<String> axes,
      double alpha,
      double confidenceLevel,
      int bootstrapResamples,
      long bootstrapSeed,
      String wilcoxonZeroMethod,
      String primaryTest,
      String verdictCi,
      String effectSizePaired,
      String effectSizeUnpaired) {}

  /** One task. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Task(
      String modality,
      String experiment,
      String baseline,
      List<Arm> arms,
      List<Axis> axes,
      List<Entry> comparisons,
      List<String> notes,
      int holmFamilySize) {}

  /** One arm: its seeds and per-metric summaries over all its runs. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Arm(String arm, List<Long> seeds, Map<String, Stats> metrics) {}

  /** n, mean and sample SD. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Stats(int n, Double mean, Double std) {}

  /** A metric family. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Axis(String pattern, Map<String, String> members, boolean higherIsBetter) {}

  /**
   * One comparison: {@code ci} is the bootstrap interval, {@code t_ci} the Student-t interval,
   * {@code verdict_ci} the one the verdict quotes ({@code T}, {@code BCA} or {@code PERCENTILE}).
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Entry(
      String metric,
      String arm,
      String baseline,
      boolean higherIsBetter,
      String design,
      List<String> baselineUnits,
      List<String> armUnits,
      List<Double> baselineValues,
      List<Double> armValues,
      Stats baselineStats,
      Stats armStats,
      Double meanDifference,
      Interval ci,
      StudentInterval tCi,
      Test welch,
      Test pairedT,
      Test wilcoxon,
      Effect effectSize,
      String primaryTest,
      Double pRaw,
      Double pHolm,
      String verdict,
      String verdictText,
      String verdictCi,
      List<String> notes) {}

  /** A bootstrap interval. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Interval(
      double level,
      int resamples,
      Double percentileLow,
      Double percentileHigh,
      Double bcaLow,
      Double bcaHigh,
      Double biasCorrectionZ0,
      Double acceleration,
      String unavailable,
      List<String> notes) {}

  /** A Student-t interval ({@code method} names the matching t-test). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record StudentInterval(
      String method,
      double level,
      int n,
      Double estimate,
      Double standardError,
      Double df,
      Double tCritical,
      Double low,
      Double high,
      String unavailable,
      List<String> notes) {}

  /** A test. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Test(
      String test,
      int n,
      Double statistic,
      Double df,
      Double p,
      Double minAttainableP,
      String method,
      String unavailable,
      List<String> notes) {}

  /** Hedges' g_z (paired, SD of the differences) or g (unpaired, pooled SD); name says which. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Effect(
      String name,
      Double value,
      Double uncorrected,
      Double correction,
      int df,
      String standardizer,
      String unavailable) {}

  /** Converts a comparison set. */
  public static ComparisonJson of(
      ComparisonSet set, String runsDir, String generated, List<ResultSet.SkippedRun> skipped) {
    List<Task> tasks = new ArrayList<>();
    for (TaskComparisons t : set.tasks()) {
      List<Arm> arms = new ArrayList<>();
      for (String arm : t.arms()) {
        Map<String, Stats> metrics = new TreeMap<>();
        for (Map.Entry<String, Map<String, Summary>> m : t.summaries().entrySet()) {
          Summary s = m.getValue().get(arm);
          if (s != null) {
            metrics.put(m.getKey(), stats(s));
          }
        }
        arms.add(new Arm(arm, t.seeds().get(arm), metrics));
      }
      List<Axis> axes = new ArrayList<>();
      for (AxisGroup g : t.groups()) {
        axes.add(new Axis(g.pattern().pattern(), g.members(), g.higherIsBetter()));
      }
      tasks.add(
          new Task(
              t.task().modality(),
              t.task().experiment(),
              t.baseline(),
              arms,
              axes,
              t.comparisons().stream().map(ComparisonJson::entry).toList(),
              t.notes(),
              t.holmFamilySize()));
    }
    ComparisonSettings s = set.settings();
    Settings settings =
        new Settings(
            s.baseline(),
            s.arms(),
            s.metrics().stream().map(MetricGlob::glob).toList(),
            s.axes() == null ? null : s.axes().stream().map(AxisPattern::pattern).toList(),
            s.alpha(),
            s.level(),
            s.resamples(),
            s.bootstrapSeed(),
            s.zeroMethod().name(),
            s.primaryTest().name(),
            s.verdictCi().name(),
            EffectSize.SD_OF_DIFFERENCES,
            EffectSize.POOLED_SD);
    return new ComparisonJson(
        SCHEMA,
        generated,
        runsDir,
        settings,
        s.holmFamily().name(),
        set.familySize(),
        tasks,
        set.warnings(),
        skipped.stream().map(r -> new Skipped(r.file().toString(), r.reason())).toList());
  }

  private static Entry entry(Comparison c) {
    return new Entry(
        c.metric(),
        c.arm(),
        c.baseline(),
        c.higherIsBetter(),
        c.design().name(),
        c.baselineUnits(),
        c.armUnits(),
        c.baselineValues(),
        c.armValues(),
        stats(c.baselineSummary()),
        stats(c.armSummary()),
        num(c.meanDifference()),
        interval(c.ci()),
        interval(c.tCi()),
        test(c.welch()),
        test(c.pairedT()),
        test(c.wilcoxon()),
        effect(c),
        c.primaryTest(),
        num(c.pRaw()),
        num(c.pAdjusted()),
        c.verdict().kind().name(),
        c.verdict().text(),
        c.verdict().ciMethod().name(),
        c.notes());
  }

  static Stats stats(Summary s) {
    return new Stats(s.n(), num(s.mean()), num(s.std()));
  }

  private static Interval interval(BootstrapInterval ci) {
    return new Interval(
        ci.level(),
        ci.resamples(),
        num(ci.percentileLow()),
        num(ci.percentileHigh()),
        num(ci.bcaLow()),
        num(ci.bcaHigh()),
        num(ci.biasCorrection()),
        num(ci.acceleration()),
        ci.unavailableReason(),
        ci.notes());
  }

  private static StudentInterval interval(TInterval ci) {
    return new StudentInterval(
        ci.method(),
        ci.level(),
        ci.n(),
        num(ci.estimate()),
        num(ci.standardError()),
        num(ci.degreesOfFreedom()),
        num(ci.criticalValue()),
        num(ci.low()),
        num(ci.high()),
        ci.unavailableReason(),
        ci.notes());
  }

  private static Test test(TestResult t) {
    return new Test(
        t.test(),
        t.n(),
        num(t.statistic()),
        num(t.degreesOfFreedom()),
        num(t.pValue()),
        num(t.minAttainableP()),
        t.method(),
        t.unavailableReason(),
        t.notes());
  }

  private static Effect effect(Comparison c) {
    EffectSize e = c.effectSize();
    return new Effect(
        ReportContent.effectName(c),
        num(e.value()),
        num(e.uncorrected()),
        num(e.correction()),
        e.degreesOfFreedom(),
        e.standardizer(),
        e.unavailableReason());
  }

  private static Double num(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
