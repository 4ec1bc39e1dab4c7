package org.edgefilter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.filter.FilterBenchmark;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.junit.jupiter.api.Test;

/** The perf table and its check on fixed figures: nothing here is timed. */
class PerfTableTest {

  private static FilterBenchmark.Figures op(
      String name, LowPass kind, int k, Padding padding, double ms, double baselineMs) {
    EdgeFilterSpec spec =
        EdgeFilterSpec.builder().kernelSize(k).lowPass(kind).padding(padding).build();
    return new FilterBenchmark.Figures(
        new FilterBenchmark.Case(name, spec, new long[] {128, 32, 32, 32}),
        "op",
        ms,
        Double.NaN,
        baselineMs,
        Double.NaN);
  }

  private static List<FilterBenchmark.Figures> healthy() {
    List<FilterBenchmark.Figures> out = new ArrayList<>();
    out.add(op("2D mean k=3", LowPass.mean(), 3, Padding.ZERO, 8.0, 2.0)); // 4x
    out.add(op("2D mean k=3", LowPass.mean(), 3, Padding.REFLECT, 9.0, 2.0)); // 4.5x, 1.125 of ZERO
    out.add(op("2D median k=3", LowPass.median(), 3, Padding.REFLECT, 40.0, 2.0)); // 20x
    return out;
  }

  private static final PerfTable.Throughput STEPS =
      new PerfTable.Throughput("wrn-16-4", "ef-mean-k11-pos1", 60.0, 57.0, 100.0, 96.0, 1100);

  @Test
  void withinBoundsPasses() {
    assertEquals(
        List.of(), new PerfTable(healthy(), Optional.of(STEPS)).check(PerfTable.Bounds.defaults()));
  }

  @Test
  void eachBoundIsARatioAndFailsOnItsOwn() {
    PerfTable.Bounds bounds = new PerfTable.Bounds(4.2, 15.0, 1.1, 1.04);
    List<String> violations = new PerfTable(healthy(), Optional.of(STEPS)).check(bounds);
    // REFLECT 4.5x > 4.2; REFLECT/ZERO 1.125 > 1.1; median 20x > 15; TENT 100/96 = 1.042 > 1.04;
    // training 60/57 = 1.053 > 1.04.
    assertEquals(5, violations.size(), violations.toString());
    assertTrue(
        violations.get(0).contains("2D mean k=3 REFLECT") && violations.get(0).contains("4.50x"),
        violations.get(0));
    assertTrue(violations.get(1).contains("REFLECT costs 1.13x ZERO"), violations.get(1));
    assertTrue(
        violations.get(2).contains("median") && violations.get(2).contains("20.00x"),
        violations.get(2));
    assertTrue(
        violations.get(3).contains("training step: filter/baseline 1.053x"), violations.get(3));
    assertTrue(violations.get(4).contains("TENT step: filter/baseline 1.042x"), violations.get(4));
    // Times scaled by any factor (a slower or faster machine) give the same verdicts.
    List<FilterBenchmark.Figures> slower =
        healthy().stream()
            .map(
                f ->
                    new FilterBenchmark.Figures(
                        f.benchmarkCase(),
                        f.host(),
                        7 * f.forwardMs(),
                        Double.NaN,
                        7 * f.baselineForwardMs(),
                        Double.NaN))
            .toList();
    assertEquals(violations, new PerfTable(slower, Optional.of(STEPS)).check(bounds));
  }

  @Test
  void aNaNRatioFailsTheCheck() {
    List<FilterBenchmark.Figures> ops =
        List.of(op("2D mean k=3", LowPass.mean(), 3, Padding.ZERO, Double.NaN, 2.0));
    assertEquals(1, new PerfTable(ops, Optional.empty()).check(PerfTable.Bounds.defaults()).size());
  }

  @Test
  void tableHasEveryMeasuredFigureWithItsRatioAndGoal() {
    String md = new PerfTable(healthy(), Optional.of(STEPS)).markdown();
    assertTrue(
        md.contains(
            "| 2D mean k=3 REFLECT on [128, 32, 32, 32], ReLU -> filter -> mean,"
                + " forward | 9.00 ms | 4.50x | <= 5 ms |"),
        md);
    assertTrue(
        md.contains(
            "| 2D mean k=3 ZERO on [128, 32, 32, 32], ReLU -> filter -> mean,"
                + " forward | 8.00 ms | 4.00x | <= 3 ms |"),
        md);
    assertTrue(
        md.contains("| ReLU -> mean alone on [128, 32, 32, 32] (no filter) | 2.00 ms |"), md);
    assertTrue(
        md.contains(
            "| wrn-16-4 training (baseline / ef-mean-k11-pos1) | 60.0 / 57.0 img/s"
                + " | 1.053x time | >= 70 img/s |"),
        md);
    assertTrue(md.contains("| filter overhead, TENT step | +4.2% | 1.042x | <= +2% |"), md);
    assertTrue(md.contains("1100 MB"), md);
  }

  @Test
  void throughputLineParsesAndRejectsGarbage() {
    PerfTable.Throughput t =
        PerfTable.Throughput.parse(
            "throughput\twrn-16-4\tef-mean-k11-pos1\t60.0\t57.0\t100.0\t96.0\t1100");
    assertEquals(STEPS, t);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PerfTable.Throughput.parse("throughput\twrn\tf\t1\t2\tx\t4\t5"));
    assertTrue(e.getMessage().contains("not a number"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PerfTable.Throughput.parse("step 1/10"));
  }
}
