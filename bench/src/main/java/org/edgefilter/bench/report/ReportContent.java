package org.edgefilter.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.collect.TaskKey;
import org.edgefilter.bench.compare.AxisGroup;
import org.edgefilter.bench.compare.CiMethod;
import org.edgefilter.bench.compare.Comparison;
import org.edgefilter.bench.compare.ComparisonSet;
import org.edgefilter.bench.compare.ComparisonSettings;
import org.edgefilter.bench.compare.Design;
import org.edgefilter.bench.compare.Format;
import org.edgefilter.bench.compare.HolmFamily;
import org.edgefilter.bench.compare.TaskComparisons;
import org.edgefilter.bench.compare.Verdict;
import org.edgefilter.bench.stats.Bootstrap;
import org.edgefilter.bench.stats.BootstrapInterval;
import org.edgefilter.bench.stats.EffectSize;
import org.edgefilter.bench.stats.Summary;
import org.edgefilter.bench.stats.TInterval;
import org.edgefilter.bench.stats.TestResult;
import org.edgefilter.bench.stats.WilcoxonSignedRank;

/**
 * Lays out a report: method, then per task the arm table, comparisons, verdicts, plots, details.
 */
final class ReportContent {

  /**
   * The effect-size column: paired comparisons print g_z (standardized by the SD of the
   * differences), unpaired ones g (pooled SD); each cell names which.
   */
  static final String EFFECT_COLUMN = "Effect size (g_z paired, g unpaired)";

  /** Column headers of the comparison table, also used by tests to find columns. */
  static final List<String> COMPARISON_HEADER =
      List.of(
          "Metric",
          "Arm",
          "Design",
          "n",
          "Difference (arm - baseline)",
          "CI t",
          "CI BCa",
          "CI percentile",
          "p Welch",
          "p paired t",
          "p Wilcoxon",
          EFFECT_COLUMN,
          "Primary test",
          "p raw",
          "p Holm",
          "Verdict");

  /** Column headers of the per-arm table. */
  static final List<String> ARM_HEADER = List.of("Metric", "Better", "Arm", "n", "Mean", "SD");

  private ReportContent() {}

  static Document build(
      String title,
      String runsDir,
      String generated,
      int runCount,
      ComparisonSet set,
      List<Figure> figures,
      List<ResultSet.SkippedRun> skipped) {
    ComparisonSettings s = set.settings();
    Document doc = new Document();
    doc.heading(1, title);
    doc.paragraph(
        "Generated "
            + generated
            + " from "
            + runCount
            + " runs in "
            + runsDir
            + " ("
            + set.tasks().size()
            + " task"
            + (set.tasks().size() == 1 ? "" : "s")
            + "). Baseline arm: "
            + s.baseline()
            + ". Holm family: "
            + set.familyDescription()
            + "; alpha = "
            + Format.num(s.alpha())
            + "."
            + (skipped.isEmpty()
                ? ""
                : " Skipped "
                    + skipped.size()
                    + " unusable result.json"
                    + (skipped.size() == 1 ? " file" : " files")
                    + " (listed below)."));
    doc.heading(2, "Method");
    doc.bullets(method(s));
    if (!skipped.isEmpty()) {
      doc.heading(2, "Skipped runs");
      doc.paragraph("These result.json files could not be used and are in no table or test:");
      doc.bullets(skipped.stream().map(r -> r.file() + ": " + r.reason()).toList());
    }
    if (!set.warnings().isEmpty()) {
      doc.heading(2, "Warnings");
      doc.bullets(set.warnings());
    }
    for (TaskComparisons t : set.tasks()) {
      task(doc, t, s, figures);
    }
    List<Figure> global = figures.stream().filter(f -> f.task() == null).toList();
    if (!global.isEmpty()) {
      doc.heading(2, "Other plots");
      global.forEach(doc::figure);
    }
    return doc;
  }

  private static List<String> method(ComparisonSettings s) {
    String level = Format.num(100 * s.level()) + "%";
    List<String> m = new ArrayList<>();
    m.add(
        "Differences are arm - "
            + s.baseline()
            + " in the metric's units; 'better' follows each "
            + "metric's higher_is_better from result.json.");
    m.add(
        "Pairing: by seed when the two arms share at least 2 seeds (only shared seeds are used),"
            + " otherwise unpaired. Metric families such as tent/*/5 are paired by their varying"
            + " entry (e.g. the corruption); each entry's value is the mean over the arm's runs.");
    m.add(
        "CIs of the mean difference at "
            + level
            + ": the Student-t interval that matches the "
            + "t-test (paired: mean(d) +- t(n-1) sd(d)/sqrt(n); unpaired: Welch's, with the "
            + "Welch-Satterthwaite df), and bootstrap intervals, "
            + s.resamples()
            + " resamples, seed "
            + s.bootstrapSeed()
            + ", percentile and BCa (Efron & Tibshirani "
            + "1993; unpaired arms resampled separately). With fewer than "
            + Bootstrap.SMALL_N
            + " values a bootstrap interval is too narrow (with n = 2 it is the range of the two "
            + "differences); the t interval widens with small n instead.");
    m.add(
        "Tests (two-sided): Welch's t-test, the paired t-test, and the Wilcoxon signed-rank test ("
            + (s.zeroMethod() == WilcoxonSignedRank.ZeroMethod.WILCOXON
                ? "zero differences dropped, Wilcoxon's convention"
                : "zero differences ranked then left out of the statistic, Pratt's convention")
            + "; exact distribution with mid-ranks up to n = "
            + WilcoxonSignedRank.EXACT_MAX_N
            + ", else normal approximation with tie and continuity correction).");
    m.add(
        "Effect size: Hedges' correction J(df) applied to a standardized difference; paired "
            + "designs print g_z, standardized by the "
            + EffectSize.SD_OF_DIFFERENCES
            + " (not comparable with a pooled-SD g: with correlated arms g_z is larger), unpaired "
            + "ones print g, standardized by the "
            + EffectSize.POOLED_SD
            + ".");
    m.add(
        "Verdict: the primary test ("
            + (s.primaryTest().name().equals("T_TEST")
                ? "paired t-test when paired, Welch's t-test when unpaired"
                : "Wilcoxon signed-rank when paired, Welch's t-test when unpaired")
            + ") gives p raw; Holm's step-down adjustment, "
            + s.holmFamily().label()
            + " (--family study|all), gives p Holm; 'better'/'worse' when p Holm < "
            + Format.num(s.alpha())
            + ". The verdict quotes "
            + verdictCiLabel(s.verdictCi())
            + " of the improvement (or deterioration), and says so when it is a bootstrap CI over "
            + "fewer than "
            + Bootstrap.SMALL_N
            + " values.");
    m.add(
        "Small samples: a test with n < 5 has little power; n = 1 or zero variance gives no "
            + "p-value at all (shown as n/a, with the reason in the details); an exact test never "
            + "reports a p-value below its smallest attainable one.");
    m.add("Metrics under probe/ are diagnostics: plotted, not tested.");
    return m;
  }

  private static void task(
      Document doc, TaskComparisons t, ComparisonSettings s, List<Figure> figures) {
    TaskKey key = t.task();
    doc.heading(2, "Task " + key.label());
    List<String> armLines = new ArrayList<>();
    for (String arm : t.arms()) {
      int n = t.seeds().get(arm).size();
      armLines.add(arm + ": " + n + (n == 1 ? " run" : " runs") + ", seeds " + t.seeds().get(arm));
    }
    doc.bullets(armLines);
    doc.bullets(t.notes());

    doc.heading(3, "Runs per arm (" + key.label() + ")");
    List<List<String>> rows = new ArrayList<>();
    for (String metric : t.scalarMetrics()) {
      boolean higher = t.directions().get(metric);
      for (String arm : t.arms()) {
        Summary sm = t.summary(metric, arm);
        if (sm != null) {
          rows.add(
              List.of(
                  metric,
                  higher ? "higher" : "lower",
                  arm,
                  Integer.toString(sm.n()),
                  Format.num(sm.mean()),
                  Format.num(sm.std())));
        }
      }
    }
    doc.table(ARM_HEADER, rows);

    for (AxisGroup g : t.groups()) {
      doc.heading(3, "Per-entry means of " + g.pattern() + " (" + key.label() + ")");
      List<String> header = new ArrayList<>(List.of("Entry"));
      List<String> arms =
          t.arms().stream()
              .filter(a -> g.members().values().stream().anyMatch(m -> t.summary(m, a) != null))
              .toList();
      header.addAll(arms);
      boolean hasBaseline = arms.contains(t.baseline());
      if (hasBaseline) {
        arms.stream()
            .filter(a -> !a.equals(t.baseline()))
            .forEach(a -> header.add(a + " - " + t.baseline()));
      }
      List<List<String>> unitRows = new ArrayList<>();
      for (Map.Entry<String, String> e : g.members().entrySet()) {
        List<String> row = new ArrayList<>(List.of(e.getKey()));
        for (String a : arms) {
          Summary sm = t.summary(e.getValue(), a);
          row.add(sm == null ? "n/a" : Format.num(sm.mean()));
        }
        if (hasBaseline) {
          Summary base = t.summary(e.getValue(), t.baseline());
          for (String a : arms) {
            if (!a.equals(t.baseline())) {
              Summary sm = t.summary(e.getValue(), a);
              row.add(sm == null || base == null ? "n/a" : Format.signed(sm.mean() - base.mean()));
            }
          }
        }
        unitRows.add(row);
      }
      doc.table(header, unitRows);
    }

    if (!t.comparisons().isEmpty()) {
      doc.heading(3, "Comparisons with " + t.baseline() + " (" + key.label() + ")");
      doc.paragraph(
          "CIs are "
              + Format.num(100 * s.level())
              + "% intervals of the difference: "
              + "CI t is the Student-t interval of the t-test (paired, or Welch's when unpaired), "
              + "CI BCa and CI percentile are bootstrap intervals. p Holm is adjusted over a "
              + "family of "
              + t.holmFamilySize()
              + " p-values ("
              + (s.holmFamily() == HolmFamily.STUDY
                  ? "this study's comparisons"
                  : "every comparison of the report")
              + ").");
      List<List<String>> cRows = new ArrayList<>();
      for (Comparison c : t.comparisons()) {
        cRows.add(
            List.of(
                c.metric(),
                c.arm(),
                designLabel(c.design()),
                c.sizeLabel(),
                Format.signed(c.meanDifference()),
                ci(c.tCi()),
                ci(c.ci(), true),
                ci(c.ci(), false),
                Format.p(c.welch().pValue()),
                Format.p(c.pairedT().pValue()),
                Format.p(c.wilcoxon().pValue()),
                effectCell(c),
                c.primaryTest(),
                Format.p(c.pRaw()),
                Format.p(c.pAdjusted()),
                kindLabel(c.verdict().kind())));
      }
      doc.table(COMPARISON_HEADER, cRows);
      doc.heading(3, "Verdicts (" + key.label() + ")");
      List<String> verdicts = new ArrayList<>();
      for (Comparison c : t.comparisons()) {
        verdicts.add(c.metric() + ", " + c.arm() + ": " + c.verdict().text());
      }
      doc.bullets(verdicts);
    }

    List<Figure> mine = figures.stream().filter(f -> key.equals(f.task())).toList();
    if (!mine.isEmpty()) {
      doc.heading(3, "Plots (" + key.label() + ")");
      mine.forEach(doc::figure);
    }

    if (!t.comparisons().isEmpty()) {
      doc.heading(3, "Details (" + key.label() + ")");
      for (Comparison c : t.comparisons()) {
        doc.heading(4, c.metric() + ": " + c.arm() + " vs " + c.baseline());
        doc.bullets(details(c));
      }
    }
  }

  private static List<String> details(Comparison c) {
    List<String> d = new ArrayList<>();
    d.add(
        "Design: "
            + designLabel(c.design())
            + "; "
            + c.baseline()
            + " units "
            + c.baselineUnits()
            + ", "
            + c.arm()
            + " units "
            + c.armUnits()
            + ".");
    d.add(
        c.baseline()
            + ": mean "
            + Format.num(c.baselineSummary().mean())
            + ", SD "
            + Format.num(c.baselineSummary().std())
            + ", n "
            + c.baselineSummary().n()
            + "; "
            + c.arm()
            + ": mean "
            + Format.num(c.armSummary().mean())
            + ", SD "
            + Format.num(c.armSummary().std())
            + ", n "
            + c.armSummary().n()
            + ".");
    TInterval t = c.tCi();
    if (!t.isAvailable()) {
      d.add("t CI (" + t.method() + "): none (" + t.unavailableReason() + ")" + notes(t.notes()));
    } else {
      d.add(
          "t CI ("
              + t.method()
              + "): "
              + Format.range(t.low(), t.high())
              + " (mean difference "
              + Format.signed(t.estimate())
              + " +- t = "
              + Format.num(t.criticalValue())
              + " x SE "
              + Format.num(t.standardError())
              + ", df = "
              + Format.num(t.degreesOfFreedom())
              + ")"
              + notes(t.notes()));
    }
    BootstrapInterval ci = c.ci();
    if (ci.unavailableReason() != null) {
      d.add("Bootstrap CI: none (" + ci.unavailableReason() + ").");
    } else {
      d.add(
          "Bootstrap CI ("
              + ci.resamples()
              + " resamples): percentile "
              + Format.range(ci.percentileLow(), ci.percentileHigh())
              + ", BCa "
              + (ci.hasBca() ? Format.range(ci.bcaLow(), ci.bcaHigh()) : "n/a")
              + " (z0 = "
              + Format.num(ci.biasCorrection())
              + ", a = "
              + Format.num(ci.acceleration())
              + ")"
              + notes(ci.notes()));
    }
    d.add(test(c.welch(), "t"));
    d.add(test(c.pairedT(), "t"));
    d.add(test(c.wilcoxon(), "W+"));
    EffectSize g = c.effectSize();
    String name = "Hedges' " + effectName(c);
    d.add(
        g.isAvailable()
            ? name
                + " = "
                + Format.num(g.value())
                + " (standardizer: "
                + g.standardizer()
                + "; uncorrected "
                + Format.num(g.uncorrected())
                + ", J("
                + g.degreesOfFreedom()
                + ") = "
                + Format.num(g.correction())
                + ")."
            : name
                + ": none ("
                + g.unavailableReason()
                + "; standardizer: "
                + g.standardizer()
                + ").");
    d.add(
        "Primary test: "
            + c.primaryTest()
            + ", p raw "
            + Format.p(c.pRaw())
            + ", p Holm "
            + Format.p(c.pAdjusted())
            + ".");
    d.add("Verdict: " + c.verdict().text() + ".");
    c.notes().forEach(n -> d.add("Note: " + n + "."));
    return d;
  }

  private static String test(TestResult t, String statistic) {
    if (!t.isAvailable()) {
      return t.test() + ": no p-value (" + t.unavailableReason() + ")" + notes(t.notes());
    }
    String df =
        Double.isNaN(t.degreesOfFreedom()) ? "" : ", df = " + Format.num(t.degreesOfFreedom());
    String minP =
        t.minAttainableP() > 0 ? ", smallest attainable p " + Format.p(t.minAttainableP()) : "";
    return t.test()
        + ": "
        + statistic
        + " = "
        + Format.num(t.statistic())
        + df
        + ", n = "
        + t.n()
        + ", p = "
        + Format.p(t.pValue())
        + " ("
        + t.method()
        + minP
        + ")"
        + notes(t.notes());
  }

  private static String notes(List<String> notes) {
    return notes.isEmpty() ? "." : "; " + String.join("; ", notes) + ".";
  }

  /** {@code g_z} for paired designs, {@code g} for unpaired ones. */
  static String effectName(Comparison c) {
    return c.design() == Design.UNPAIRED ? "g" : "g_z";
  }

  /** The effect-size cell, e.g. {@code g_z = 1.23}; n/a when there is none. */
  static String effectCell(Comparison c) {
    double v = c.effectSize().value();
    return Double.isNaN(v) ? "n/a" : effectName(c) + " = " + Format.num(v);
  }

  private static String ci(TInterval ci) {
    return ci.isAvailable() ? Format.range(ci.low(), ci.high()) : "n/a";
  }

  /** The verdict-CI setting in words. */
  static String verdictCiLabel(CiMethod m) {
    return switch (m) {
      case AUTO ->
          "the CI that matches the deciding test (the t CI for a t-test, BCa for " + "Wilcoxon)";
      case T -> "the t CI";
      case BCA -> "the BCa CI (percentile where BCa is undefined)";
      case PERCENTILE -> "the percentile CI";
    };
  }

  private static String ci(BootstrapInterval ci, boolean bca) {
    if (bca) {
      return ci.hasBca() ? Format.range(ci.bcaLow(), ci.bcaHigh()) : "n/a";
    }
    return ci.hasPercentile() ? Format.range(ci.percentileLow(), ci.percentileHigh()) : "n/a";
  }

  static String designLabel(Design d) {
    return switch (d) {
      case PAIRED_BY_SEED -> "paired by seed";
      case PAIRED_BY_UNIT -> "paired by entry";
      case UNPAIRED -> "unpaired";
    };
  }

  static String kindLabel(Verdict.Kind k) {
    return switch (k) {
      case BETTER -> "better";
      case WORSE -> "worse";
      case NO_DETECTABLE_DIFFERENCE -> "no detectable difference";
      case NOT_TESTABLE -> "not testable";
    };
  }
}
