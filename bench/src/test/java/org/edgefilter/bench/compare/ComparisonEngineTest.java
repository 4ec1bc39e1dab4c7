package org.edgefilter.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.inference.TTest;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.collect.RunRecord;
import org.edgefilter.bench.stats.TTests;
import org.edgefilter.bench.stats.WilcoxonSignedRank;
import org.edgefilter.framework.run.RunResult;
import org.junit.jupiter.api.Test;

class ComparisonEngineTest {

  private static RunRecord run(String arm, long seed, Map<String, Double> metrics) {
    Map<String, Boolean> dirs = new TreeMap<>();
    metrics.keySet().forEach(k -> dirs.put(k, !k.equals("loss")));
    return new RunRecord(
        Path.of("mem", arm, "seed-" + seed, "result.json"),
        new RunResult("audio", "smoke", arm, seed, metrics, dirs, null, null, null, 0, null, null));
  }

  private static ComparisonSet compare(List<RunRecord> runs, ComparisonSettings settings) {
    return new ComparisonEngine(settings).run(ResultSet.of(Path.of("mem"), runs));
  }

  @Test
  void pairsOnSharedSeedsAndSaysWhichRunsWereLeftOut() {
    List<RunRecord> runs = new ArrayList<>();
    double[] base = {0.50, 0.52, 0.49, 0.51, 0.55};
    double[] ef = {0.53, 0.56, 0.50, 0.55};
    for (int s = 0; s < base.length; s++) {
      runs.add(run("baseline", s, Map.of("acc", base[s])));
    }
    for (int s = 0; s < ef.length; s++) {
      runs.add(run("ef", s, Map.of("acc", ef[s])));
    }
    runs.add(run("ef", 9, Map.of("acc", 0.9)));
    Comparison c = compare(runs, ComparisonSettings.builder().build()).comparisons().get(0);
    assertEquals(Design.PAIRED_BY_SEED, c.design());
    assertEquals(List.of("0", "1", "2", "3"), c.baselineUnits());
    assertTrue(c.notes().get(0).contains("baseline seeds [4], ef seeds [9]"), c.notes().toString());
    double[] b4 = {0.50, 0.52, 0.49, 0.51};
    assertEquals(new TTest().pairedTTest(ef, b4), c.pRaw(), 1e-12);
    assertEquals(c.pRaw(), c.pAdjusted(), 1e-15, "a family of one is not adjusted");
  }

  @Test
  void wilcoxonAsPrimaryTestAndPrattZeros() {
    List<RunRecord> runs = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      runs.add(run("baseline", s, Map.of("acc", 0.5 + 0.01 * s)));
      runs.add(run("ef", s, Map.of("acc", 0.5 + 0.01 * s + (s == 0 ? 0 : 0.002 * s))));
    }
    ComparisonSettings settings =
        ComparisonSettings.builder()
            .optPrimaryTest(PrimaryTest.WILCOXON)
            .optZeroMethod(WilcoxonSignedRank.ZeroMethod.PRATT)
            .build();
    Comparison c = compare(runs, settings).comparisons().get(0);
    assertEquals(WilcoxonSignedRank.NAME, c.primaryTest());
    assertEquals(c.wilcoxon().pValue(), c.pRaw(), 0);
    assertTrue(c.wilcoxon().notes().get(0).contains("Pratt"), c.wilcoxon().notes().toString());
    // Pratt: ranks 2..6 for the five positive differences -> W+ = 20, exact p = 2/32.
    assertEquals(20, c.wilcoxon().statistic());
    assertEquals(2.0 / 32, c.wilcoxon().pValue(), 1e-15);
  }

  /** Two arms on seeds 0..n-1 with metric {@code acc}; higher is better. */
  private static List<RunRecord> pairedRuns(double[] base, double[] arm) {
    List<RunRecord> runs = new ArrayList<>();
    for (int s = 0; s < base.length; s++) {
      runs.add(run("baseline", s, Map.of("acc", base[s])));
      runs.add(run("ef", s, Map.of("acc", arm[s])));
    }
    return runs;
  }

  @Test
  void twoSeedsQuoteTheTIntervalNotTheRangeOfTheTwoDifferences() {
    // The case that prompted the t interval: differences -0.1082 and 0.005367 (mean -0.0514165).
    // The bootstrap "95% CI" of two values is their range; the t interval is
    // mean +- t_{1, 0.975} * sd / sqrt(2) = mean +- 12.7062047 * |d1 - d2| / 2, where
    // t_{1, 0.975} = tan(0.475 pi) (1 df is the Cauchy distribution).
    double[] base = {0.8, 0.7};
    double[] arm = {0.8 - 0.1082, 0.7 + 0.005367};
    List<RunRecord> runs = pairedRuns(base, arm);
    Comparison c = compare(runs, ComparisonSettings.builder().build()).comparisons().get(0);
    double mean = (-0.1082 + 0.005367) / 2;
    double half = Math.tan(0.475 * Math.PI) * (0.005367 + 0.1082) / 2;
    assertEquals(mean - half, c.tCi().low(), 1e-9);
    assertEquals(mean + half, c.tCi().high(), 1e-9);
    assertEquals(CiMethod.T, c.verdict().ciMethod());
    assertEquals(Verdict.Kind.NO_DETECTABLE_DIFFERENCE, c.verdict().kind());
    String text = c.verdict().text();
    assertTrue(
        text.contains(
            "ef - baseline = "
                + Format.signed(c.meanDifference())
                + ", 95% t CI "
                + Format.range(mean - half, mean + half)
                + ", p_adj = "),
        text);
    assertTrue(text.endsWith("n < 5 gives little power"), text);
    assertFalse(text.contains("bootstrap"), text);

    // Asking for BCa quotes the narrow bootstrap interval, with the caution.
    Comparison bca =
        compare(runs, ComparisonSettings.builder().optVerdictCi(CiMethod.BCA).build())
            .comparisons()
            .get(0);
    double[] b = bca.bounds(bca.verdict().ciMethod());
    assertTrue(bca.verdict().ciMethod().isBootstrap());
    assertTrue(b[1] - b[0] <= 0.1082 + 0.005367 + 1e-12, "at most the range of the two values");
    assertTrue(
        bca.verdict()
            .text()
            .contains(bca.verdict().ciMethod().label() + " CI " + Format.range(b[0], b[1])),
        bca.verdict().text());
    assertTrue(
        bca.verdict()
            .text()
            .endsWith("; with n = 2 a bootstrap CI is too narrow, read it as rough"),
        bca.verdict().text());
  }

  @Test
  void autoQuotesTheIntervalOfThePrimaryTest() {
    double[] base = {0.50, 0.52, 0.49, 0.51, 0.55, 0.53};
    double[] arm = {0.53, 0.56, 0.50, 0.55, 0.57, 0.56};
    List<RunRecord> runs = pairedRuns(base, arm);
    Comparison t = compare(runs, ComparisonSettings.builder().build()).comparisons().get(0);
    assertEquals(TTests.PAIRED, t.primaryTest());
    assertEquals(CiMethod.T, t.verdict().ciMethod());
    assertEquals(Verdict.Kind.BETTER, t.verdict().kind());
    // Higher is better: the improvement's CI is the t interval itself.
    assertTrue(
        t.verdict()
            .text()
            .contains("(95% t CI " + Format.range(t.tCi().low(), t.tCi().high()) + ")"),
        t.verdict().text());
    assertFalse(t.verdict().text().contains("too narrow"), t.verdict().text());

    Comparison w =
        compare(runs, ComparisonSettings.builder().optPrimaryTest(PrimaryTest.WILCOXON).build())
            .comparisons()
            .get(0);
    assertEquals(WilcoxonSignedRank.NAME, w.primaryTest());
    assertEquals(CiMethod.BCA, w.verdict().ciMethod());
    assertTrue(
        w.verdict()
            .text()
            .contains("95% BCa CI " + Format.range(w.ci().bcaLow(), w.ci().bcaHigh())),
        w.verdict().text());
    assertTrue(
        w.verdict().text().contains("with n = 6 a bootstrap CI is too narrow"), w.verdict().text());

    // Unpaired arms: Welch's t-test decides even with --primary wilcoxon, so auto quotes its t
    // interval.
    List<RunRecord> unpaired = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      unpaired.add(run("baseline", s, Map.of("acc", base[s])));
      unpaired.add(run("ef", 10 + s, Map.of("acc", arm[s])));
    }
    Comparison u =
        compare(unpaired, ComparisonSettings.builder().optPrimaryTest(PrimaryTest.WILCOXON).build())
            .comparisons()
            .get(0);
    assertEquals(Design.UNPAIRED, u.design());
    assertEquals(TTests.WELCH, u.tCi().method());
    assertEquals(CiMethod.T, u.verdict().ciMethod());
    assertTrue(
        u.verdict().text().contains("95% t CI " + Format.range(u.tCi().low(), u.tCi().high())),
        u.verdict().text());
  }

  @Test
  void zeroCautionFollowsTheQuotedInterval() {
    // d = {0.01, 0.03, 0.02, 0.04, 0.00, 0.05}: paired t p = 0.0221 < 0.05 (t = 3.273, df 5), so
    // "better"; the 99%
    // t interval (t_{5, 0.995} = 4.032) includes 0, the 99% bootstrap interval of six
    // non-negative values cannot.
    double[] base = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    double[] arm = {0.51, 0.53, 0.52, 0.54, 0.50, 0.55};
    List<RunRecord> runs = pairedRuns(base, arm);
    Comparison t =
        compare(runs, ComparisonSettings.builder().optLevel(0.99).build()).comparisons().get(0);
    assertEquals(Verdict.Kind.BETTER, t.verdict().kind(), t.verdict().text());
    assertTrue(t.tCi().low() < 0, "the 99% t interval includes 0");
    assertTrue(
        t.verdict().text().contains("the 99% t CI includes 0, so treat this with caution"),
        t.verdict().text());

    Comparison p =
        compare(
                runs,
                ComparisonSettings.builder()
                    .optLevel(0.99)
                    .optVerdictCi(CiMethod.PERCENTILE)
                    .build())
            .comparisons()
            .get(0);
    assertTrue(p.ci().percentileLow() >= 0);
    assertFalse(p.verdict().text().contains("includes 0"), p.verdict().text());
    assertTrue(p.verdict().text().contains("99% percentile CI"), p.verdict().text());
    assertTrue(p.verdict().text().endsWith("too narrow, read it as rough"), p.verdict().text());
  }

  @Test
  void familiesAreDetectedAndPairedByEntry() {
    List<RunRecord> runs = new ArrayList<>();
    String[] corr = {"fog", "snow", "frost"};
    for (int s = 0; s < 2; s++) {
      for (String arm : List.of("baseline", "ef")) {
        Map<String, Double> m = new TreeMap<>();
        for (int c = 0; c < corr.length; c++) {
          m.put(
              "tent/" + corr[c] + "/5",
              0.4 + 0.1 * c + (arm.equals("ef") ? 0.01 * (c + 1) : 0) + 0.001 * s);
        }
        m.put("tent/mean_acc", 0.5);
        m.put("probe/density/b1/0.5", 1.0);
        runs.add(run(arm, s, m));
      }
    }
    ComparisonSet set = compare(runs, ComparisonSettings.builder().build());
    TaskComparisons t = set.tasks().get(0);
    assertEquals(List.of("tent/mean_acc"), t.scalarMetrics());
    assertEquals("tent/*/5", t.groups().get(0).pattern().pattern());
    Comparison fam =
        t.comparisons().stream()
            .filter(c -> c.metric().equals("tent/*/5"))
            .findFirst()
            .orElseThrow();
    assertEquals(Design.PAIRED_BY_UNIT, fam.design());
    assertEquals(List.of("fog", "frost", "snow"), fam.armUnits());
    assertEquals(0.02, fam.meanDifference(), 1e-12);
    assertFalse(t.comparisons().stream().anyMatch(c -> c.metric().startsWith("probe/")));

    ComparisonSet none = compare(runs, ComparisonSettings.builder().optNoAxes().build());
    assertEquals(4, none.tasks().get(0).scalarMetrics().size());
    ComparisonSet only =
        compare(runs, ComparisonSettings.builder().optMetric("tent/f*/5").optNoAxes().build());
    assertEquals(List.of("tent/fog/5", "tent/frost/5"), only.tasks().get(0).scalarMetrics());
  }

  @Test
  void missingBaselineOrUnknownArmIsAnError() {
    List<RunRecord> runs =
        List.of(run("a", 0, Map.of("acc", 1.0)), run("b", 0, Map.of("acc", 2.0)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> compare(runs, ComparisonSettings.builder().build()));
    assertTrue(
        e.getMessage().contains("'baseline'") && e.getMessage().contains("[a, b]"), e.getMessage());
    ComparisonSet set = compare(runs, ComparisonSettings.builder().optBaseline("a").build());
    assertEquals("b", set.comparisons().get(0).arm());
    assertEquals(Verdict.Kind.NOT_TESTABLE, set.comparisons().get(0).verdict().kind());
    assertThrows(
        IllegalArgumentException.class,
        () -> compare(runs, ComparisonSettings.builder().optBaseline("a").optArm("zzz").build()));
  }

  @Test
  void axisPatternsAndGlobs() {
    AxisPattern p = new AxisPattern("tent/*/5");
    assertEquals("fog", p.unitOf("tent/fog/5").orElseThrow());
    assertTrue(p.unitOf("tent/fog/4").isEmpty());
    assertTrue(p.unitOf("tent/fog").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new AxisPattern("tent/5"));
    assertThrows(IllegalArgumentException.class, () -> new AxisPattern("*/*/5"));
    assertEquals(
        List.of(new AxisPattern("bn/*/5")),
        AxisPattern.detect(List.of("bn/a/5", "bn/b/5", "bn/c/5", "tent/a/5", "tent/b/5", "x")));
    assertTrue(new MetricGlob("tent/**").matches("tent/fog/5"));
    assertFalse(new MetricGlob("tent/*").matches("tent/fog/5"));
    assertTrue(new MetricGlob("*_acc").matches("clean_acc"));
  }

  @Test
  void formatting() {
    assertEquals("0.9123", Format.num(0.91234));
    assertEquals("+0.012", Format.signed(0.012));
    assertEquals("-1235", Format.num(-1234.5));
    assertEquals("1.235e-05", Format.num(1.2345e-5));
    assertEquals("0.03", Format.p(0.03));
    assertEquals("0.00283", Format.p(0.0028331));
    assertEquals("< 0.0001", Format.p(2e-7));
    assertEquals("n/a", Format.p(Double.NaN));
  }

  // ---- verdict-sentence rules (issue 11); references computed with scipy 1.17.1 ----

  private static final double[] BASE6 = {0.50, 0.52, 0.49, 0.51, 0.55, 0.53};

  /**
   * acc: scipy.stats.ttest_rel(ACC6, BASE6): p = 0.03651649016169497, 95% CI
   * 0.0011141600479454387..0.022885839952054544.
   */
  private static final double[] ACC6 = {0.51, 0.545, 0.496, 0.53, 0.565, 0.526};

  /** f1: scipy.stats.ttest_rel(F16, BASE6): p = 0.9059399056983578. */
  private static final double[] F16 = {0.51, 0.50, 0.505, 0.50, 0.555, 0.526};

  private static List<RunRecord> twoMetrics(String modality) {
    List<RunRecord> runs = new ArrayList<>();
    for (int s = 0; s < BASE6.length; s++) {
      runs.add(study(modality, "baseline", s, Map.of("acc", BASE6[s], "f1", BASE6[s])));
      runs.add(study(modality, "ef", s, Map.of("acc", ACC6[s], "f1", F16[s])));
    }
    return runs;
  }

  private static RunRecord study(String modality, String arm, long seed, Map<String, Double> m) {
    Map<String, Boolean> dirs = new TreeMap<>();
    m.keySet().forEach(k -> dirs.put(k, true));
    return new RunRecord(
        Path.of("mem", modality, arm, "seed-" + seed, "result.json"),
        new RunResult(modality, "quick", arm, seed, m, dirs, null, null, null, 0, null, null));
  }

  @Test
  void noDetectableDifferenceWhoseIntervalExcludesZeroSaysSo() {
    Comparison acc =
        compare(twoMetrics("audio"), ComparisonSettings.builder().build()).comparisons().stream()
            .filter(c -> c.metric().equals("acc"))
            .findFirst()
            .orElseThrow();
    assertEquals(0.03651649016169497, acc.pRaw(), 1e-12);
    assertEquals(0.0011141600479454387, acc.tCi().low(), 1e-12);
    assertEquals(0.022885839952054544, acc.tCi().high(), 1e-12);
    // Holm over the study's two p-values (0.0365 and 0.906): min(1, 2 * 0.0365) = 0.0730.
    assertEquals(2 * 0.03651649016169497, acc.pAdjusted(), 1e-12);
    assertEquals(Verdict.Kind.NO_DETECTABLE_DIFFERENCE, acc.verdict().kind());
    String text = acc.verdict().text();
    assertTrue(
        text.contains(
            "; the 95% t CI excludes 0, but p_adj = 0.073 is not below alpha = 0.05 (the decision"
                + " uses the Holm-adjusted p over a family of 2 p-values, and the interval is not"
                + " adjusted for that family)"),
        text);

    Comparison f1 =
        compare(twoMetrics("audio"), ComparisonSettings.builder().build()).comparisons().stream()
            .filter(c -> c.metric().equals("f1"))
            .findFirst()
            .orElseThrow();
    assertEquals(0.9059399056983578, f1.pRaw(), 1e-12);
    assertFalse(f1.verdict().text().contains("excludes 0"), f1.verdict().text());
  }

  @Test
  void wilcoxonWithFiveSeedsSaysNoOtherVerdictWasPossible() {
    // Five positive differences: the exact two-sided p is 2 / 2^5 = 0.0625, the smallest there
    // is (scipy.stats.wilcoxon([.01, .02, .03, .04, .05]).pvalue = 0.0625).
    double[] base = {0.50, 0.52, 0.49, 0.51, 0.55};
    double[] arm = {0.51, 0.54, 0.52, 0.55, 0.60};
    ComparisonSettings wilcoxon =
        ComparisonSettings.builder().optPrimaryTest(PrimaryTest.WILCOXON).build();
    Comparison c = compare(pairedRuns(base, arm), wilcoxon).comparisons().get(0);
    assertEquals(0.0625, c.pRaw(), 1e-15);
    assertEquals(Verdict.Kind.NO_DETECTABLE_DIFFERENCE, c.verdict().kind());
    assertTrue(
        c.verdict()
            .text()
            .contains(
                "; with n = 5 the exact Wilcoxon signed-rank test cannot give p below 0.0625 (alpha"
                    + " = 0.05), so no verdict other than no detectable difference was possible"),
        c.verdict().text());

    // Six: 2 / 2^6 = 0.03125 (scipy agrees) can reach alpha; no such sentence, and "better".
    double[] base6 = {0.50, 0.52, 0.49, 0.51, 0.55, 0.53};
    double[] arm6 = {0.51, 0.54, 0.52, 0.55, 0.60, 0.59};
    Comparison six = compare(pairedRuns(base6, arm6), wilcoxon).comparisons().get(0);
    assertEquals(0.03125, six.pRaw(), 1e-15);
    assertEquals(Verdict.Kind.BETTER, six.verdict().kind());
    assertFalse(six.verdict().text().contains("no verdict other"), six.verdict().text());

    // The t-test at n = 5 can reach alpha: the sentence is about the exact rank test only.
    Comparison t =
        compare(pairedRuns(base, arm), ComparisonSettings.builder().build()).comparisons().get(0);
    assertFalse(t.verdict().text().contains("no verdict other"), t.verdict().text());
  }

  @Test
  void holmFamilyIsPerStudyByDefaultSoUnrelatedRunsDoNotChangeAVerdict() {
    List<RunRecord> alone = twoMetrics("audio");
    List<RunRecord> withOther = new ArrayList<>(alone);
    withOther.addAll(twoMetrics("vision"));
    ComparisonSettings study = ComparisonSettings.builder().build();
    ComparisonSet a = compare(alone, study);
    ComparisonSet b = compare(withOther, study);
    Comparison accAlone = a.comparisons().get(0);
    Comparison accBeside = b.comparisons().get(0);
    assertEquals("audio", accBeside.task().modality());
    assertEquals(accAlone.pAdjusted(), accBeside.pAdjusted(), 0);
    assertEquals(accAlone.verdict().text(), accBeside.verdict().text());
    assertEquals(2, b.tasks().get(0).holmFamilySize());
    assertEquals(4, b.familySize());
    assertEquals(
        "one family per study (task modality/experiment): audio/quick 2 p-values, "
            + "vision/quick 2 p-values",
        b.familyDescription());

    // One family of all four: Holm multiplies the smallest p (0.0365, twice) by 4 then 3.
    ComparisonSet all =
        compare(withOther, ComparisonSettings.builder().optHolmFamily(HolmFamily.ALL).build());
    assertEquals(4 * 0.03651649016169497, all.comparisons().get(0).pAdjusted(), 1e-12);
    assertEquals(4, all.tasks().get(0).holmFamilySize());
    assertEquals(
        "one family of every comparison in the report: 4 p-values", all.familyDescription());
  }
}
