package org.edgefilter.bench.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.collect.TaskKey;
import org.edgefilter.bench.compare.Comparison;
import org.edgefilter.bench.compare.ComparisonEngine;
import org.edgefilter.bench.compare.ComparisonSet;
import org.edgefilter.bench.compare.ComparisonSettings;
import org.edgefilter.bench.compare.HolmFamily;

/**
 * The project's answer in one table: for every study and metric, the paper's baseline -> filter
 * beside ours (difference, CI, seeds, Holm-adjusted p) and a verdict.
 *
 * <p>Each study is compared on its own runs only (its task), filter arm against baseline arm,
 * metric by metric, paired by seed. Holm's family is the study's metrics by default, or every row
 * of the table ({@link HolmFamily#ALL}); the family is part of the result and printed.
 */
public final class VerdictTable {

  /**
   * One row.
   *
   * @param study the study
   * @param metric the metric
   * @param paper the paper's number, or null when the paper has none for this row
   * @param comparison ours; null when there is none ({@code missing} says why)
   * @param missing why there is no comparison; null when there is one
   * @param familySize the number of p-values in this row's Holm family
   */
  public record Row(
      Study study,
      Study.Metric metric,
      PaperResult paper,
      Comparison comparison,
      String missing,
      int familySize) {

    /** The verdict word: helps, hurts, no detectable difference, not testable, no runs. */
    public String verdictWord() {
      if (comparison == null) {
        return "no runs";
      }
      return switch (comparison.verdict().kind()) {
        case BETTER -> "helps";
        case WORSE -> "hurts";
        case NO_DETECTABLE_DIFFERENCE -> "no detectable difference";
        case NOT_TESTABLE -> "not testable";
      };
    }
  }

  /**
   * The table.
   *
   * @param rows in study order, then metric order
   * @param family how the p-values were grouped
   * @param settings the comparison settings (baseline and arms are per study)
   * @param results the runs read
   */
  public record Result(
      List<Row> rows, HolmFamily family, ComparisonSettings settings, ResultSet results) {
    public Result {
      rows = List.copyOf(rows);
    }

    /** The family in words, e.g. "one family per study: vision 3 p-values, nerf 2 p-values". */
    public String familyDescription() {
      if (family == HolmFamily.ALL) {
        int m = rows.isEmpty() ? 0 : rows.get(0).familySize();
        return "one family of every row of the table: " + m + " p-value" + (m == 1 ? "" : "s");
      }
      StringBuilder s = new StringBuilder("one family per study (its metrics)");
      String sep = ": ";
      String last = null;
      for (Row r : rows) {
        if (!r.study().id().equals(last)) {
          s.append(sep)
              .append(r.study().id())
              .append(' ')
              .append(r.familySize())
              .append(r.familySize() == 1 ? " p-value" : " p-values");
          sep = ", ";
          last = r.study().id();
        }
      }
      return s.toString();
    }
  }

  private VerdictTable() {}

  /**
   * Computes the table.
   *
   * @param studies the studies, in table order
   * @param results every run read (all studies' tasks)
   * @param settings test, CI, alpha and family; baseline, arms and metrics are set per study
   */
  public static Result compute(
      List<Study> studies, ResultSet results, ComparisonSettings settings) {
    Objects.requireNonNull(settings, "settings");
    List<Row> rows = new ArrayList<>();
    for (Study study : studies) {
      rows.addAll(study(study, results, settings));
    }
    if (settings.holmFamily() == HolmFamily.ALL) {
      List<Comparison> all = new ArrayList<>();
      rows.stream().filter(r -> r.comparison() != null).forEach(r -> all.add(r.comparison()));
      List<Comparison> adjusted = ComparisonEngine.adjustFamily(all, settings);
      int m = ComparisonEngine.familySize(all);
      List<Row> out = new ArrayList<>();
      int i = 0;
      for (Row r : rows) {
        Comparison c = r.comparison() == null ? null : adjusted.get(i++);
        out.add(new Row(r.study(), r.metric(), r.paper(), c, r.missing(), m));
      }
      rows = out;
    }
    return new Result(rows, settings.holmFamily(), settings, results);
  }

  private static List<Row> study(Study study, ResultSet results, ComparisonSettings base) {
    TaskKey task = new TaskKey(study.modality(), study.experiment());
    List<Row> rows = new ArrayList<>();
    String missing = null;
    List<Comparison> comparisons = List.of();
    List<String> names = new ArrayList<>(List.of(study.filter()));
    names.addAll(study.aliases());
    String filter =
        names.stream().filter(n -> results.arms(task).contains(n)).findFirst().orElse(null);
    if (!results.tasks().contains(task)) {
      missing = "no runs of " + task.label();
    } else if (!results.arms(task).contains(study.baseline()) || filter == null) {
      missing =
          task.label()
              + " has arms "
              + results.arms(task)
              + ", not both '"
              + study.baseline()
              + "' and one of "
              + names;
    } else {
      ComparisonSettings.Builder b =
          ComparisonSettings.builder()
              .optBaseline(study.baseline())
              .optArm(filter)
              .optNoAxes()
              .optAlpha(base.alpha())
              .optLevel(base.level())
              .optResamples(base.resamples())
              .optBootstrapSeed(base.bootstrapSeed())
              .optZeroMethod(base.zeroMethod())
              .optPrimaryTest(base.primaryTest())
              .optVerdictCi(base.verdictCi())
              .optHolmFamily(HolmFamily.STUDY);
      study.metrics().forEach(m -> b.optMetric(m.metric()));
      ComparisonSet set =
          new ComparisonEngine(b.build()).run(ResultSet.of(results.root(), results.runs(task)));
      comparisons = set.comparisons();
    }
    int m = ComparisonEngine.familySize(comparisons);
    for (Study.Metric metric : study.metrics()) {
      PaperResult paper =
          metric.paper() == null ? null : PaperResults.find(metric.paper()).orElseThrow();
      Comparison c =
          comparisons.stream()
              .filter(x -> x.metric().equals(metric.metric()))
              .findFirst()
              .orElse(null);
      String why = missing;
      if (c == null && why == null) {
        why =
            "no run of " + task.label() + " has the metric '" + metric.metric() + "' in both arms";
      }
      rows.add(new Row(study, metric, paper, c, c == null ? why : null, m));
    }
    return rows;
  }
}
