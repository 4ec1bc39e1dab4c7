package org.edgefilter.audio.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edgefilter.framework.run.RunResult;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

  private static ArmResult arm(Arm arm, Map<String, Double> metrics, double seconds) {
    Map<String, Boolean> up = new java.util.HashMap<>();
    metrics.keySet().forEach(k -> up.put(k, true));
    RunResult r =
        new RunResult(
            "audio", "x", arm.id(), 0, metrics, up, Map.of(), "s", "f", seconds, Map.of(), "h");
    return new ArmResult(arm, Path.of("runs"), r, false);
  }

  @Test
  void rowsInNaturalOrderWithTheFiltersDifference() {
    String table =
        ComparisonTable.format(
            List.of(
                arm(
                    Arm.BASELINE,
                    Map.of("fold10/acc", 0.5, "fold2/acc", 0.75, "mean_acc", 0.625),
                    12.4),
                arm(
                    Arm.FILTER,
                    Map.of("fold10/acc", 0.6, "fold2/acc", 0.7, "mean_acc", 0.65),
                    13.6)));
    List<String> lines = table.lines().toList();
    assertEquals(
        List.of(
            "metric      baseline  filter  filter-baseline",
            "fold2/acc     0.7500  0.7000          -0.0500",
            "fold10/acc    0.5000  0.6000          +0.1000",
            "mean_acc      0.6250  0.6500          +0.0250",
            "wall time       12 s    14 s"),
        lines);
  }

  @Test
  void naturalOrderComparesDigitRunsAsNumbers() {
    List<String> names =
        new ArrayList<>(List.of("fold10/acc", "fold1/acc", "mean_acc", "fold2/acc"));
    names.sort(ComparisonTable::naturalOrder);
    assertEquals(List.of("fold1/acc", "fold2/acc", "fold10/acc", "mean_acc"), names);
    assertTrue(ComparisonTable.naturalOrder("acc", "acc") == 0);
  }
}
