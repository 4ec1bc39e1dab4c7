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
import org.edgefilter.bench.stats.WilcoxonSignedRank;
import org.edgefilter.framework.run.RunResult;
import org.junit.jupiter.api.Test;

class ComparisonEngineTest {

  private static RunRecord run(String arm, long seed, Map<String, Double> metrics) {
    Map<String, Boolean> dirs = new TreeMap<>();
    metrics.keySet().forEach(k -> dirs.put(k, !k.equals("loss")));
    return new RunRecord(Path.of("mem", arm, "seed-" + seed, "result.json"),
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
    ComparisonSettings settings = ComparisonSettings.builder()
        .optPrimaryTest(PrimaryTest.WILCOXON)
        .optZeroMethod(WilcoxonSignedRank.ZeroMethod.PRATT).build();
    Comparison c = compare(runs, settings).comparisons().get(0);
    assertEquals(WilcoxonSignedRank.NAME, c.primaryTest());
    assertEquals(c.wilcoxon().pValue(), c.pRaw(), 0);
    assertTrue(c.wilcoxon().notes().get(0).contains("Pratt"), c.wilcoxon().notes().toString());
    // Pratt: ranks 2..6 for the five positive differences -> W+ = 20, exact p = 2/32.
    assertEquals(20, c.wilcoxon().statistic());
    assertEquals(2.0 / 32, c.wilcoxon().pValue(), 1e-15);
  }

  @Test
  void familiesAreDetectedAndPairedByEntry() {
    List<RunRecord> runs = new ArrayList<>();
    String[] corr = {"fog", "snow", "frost"};
    for (int s = 0; s < 2; s++) {
      for (String arm : List.of("baseline", "ef")) {
        Map<String, Double> m = new TreeMap<>();
        for (int c = 0; c < corr.length; c++) {
          m.put("tent/" + corr[c] + "/5", 0.4 + 0.1 * c + (arm.equals("ef") ? 0.01 * (c + 1) : 0)
              + 0.001 * s);
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
    Comparison fam = t.comparisons().stream().filter(c -> c.metric().equals("tent/*/5"))
        .findFirst().orElseThrow();
    assertEquals(Design.PAIRED_BY_UNIT, fam.design());
    assertEquals(List.of("fog", "frost", "snow"), fam.armUnits());
    assertEquals(0.02, fam.meanDifference(), 1e-12);
    assertFalse(t.comparisons().stream().anyMatch(c -> c.metric().startsWith("probe/")));

    ComparisonSet none = compare(runs, ComparisonSettings.builder().optNoAxes().build());
    assertEquals(4, none.tasks().get(0).scalarMetrics().size());
    ComparisonSet only = compare(runs, ComparisonSettings.builder().optMetric("tent/f*/5")
        .optNoAxes().build());
    assertEquals(List.of("tent/fog/5", "tent/frost/5"), only.tasks().get(0).scalarMetrics());
  }

  @Test
  void missingBaselineOrUnknownArmIsAnError() {
    List<RunRecord> runs = List.of(run("a", 0, Map.of("acc", 1.0)), run("b", 0, Map.of("acc", 2.0)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> compare(runs, ComparisonSettings.builder().build()));
    assertTrue(e.getMessage().contains("'baseline'") && e.getMessage().contains("[a, b]"),
        e.getMessage());
    ComparisonSet set = compare(runs, ComparisonSettings.builder().optBaseline("a").build());
    assertEquals("b", set.comparisons().get(0).arm());
    assertEquals(Verdict.Kind.NOT_TESTABLE, set.comparisons().get(0).verdict().kind());
    assertThrows(IllegalArgumentException.class, () -> compare(runs,
        ComparisonSettings.builder().optBaseline("a").optArm("zzz").build()));
  }

  @Test
  void axisPatternsAndGlobs() {
    AxisPattern p = new AxisPattern("tent/*/5");
    assertEquals("fog", p.unitOf("tent/fog/5").orElseThrow());
    assertTrue(p.unitOf("tent/fog/4").isEmpty());
    assertTrue(p.unitOf("tent/fog").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new AxisPattern("tent/5"));
    assertThrows(IllegalArgumentException.class, () -> new AxisPattern("*/*/5"));
    assertEquals(List.of(new AxisPattern("bn/*/5")), AxisPattern.detect(
        List.of("bn/a/5", "bn/b/5", "bn/c/5", "tent/a/5", "tent/b/5", "x")));
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
}
