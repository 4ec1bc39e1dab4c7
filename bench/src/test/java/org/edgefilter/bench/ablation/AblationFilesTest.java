package org.edgefilter.bench.ablation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The repository's ablation files parse and hold the grids of issue 12. */
class AblationFilesTest {

  /** Tests run in the module directory; the files are at the repository root. */
  private static AblationSpec read(String name) {
    return AblationSpec.read(Path.of("..", "ablations", name + ".json"));
  }

  private static Map<String, List<String>> levels(AblationSpec spec) {
    return spec.factors().stream()
        .collect(
            Collectors.toMap(
                AblationSpec.Factor::name,
                f -> spec.levels(f).stream().map(AblationSpec.Level::level).toList()));
  }

  @Test
  void visionGrid() {
    AblationSpec v = read("vision");
    Map<String, List<String>> l = levels(v);
    assertEquals(List.of("3", "7", "11", "15"), l.get("kernel size"));
    assertEquals(List.of("0", "1", "2", "3"), l.get("position"));
    assertEquals(
        List.of("mean", "gaussian", "median", "discrete-gaussian"), l.get("low-pass kind, k = 3"));
    assertEquals(List.of("zero", "reflect"), l.get("padding"));
    assertEquals(List.of("high-pass", "low-pass", "low-pass-no-grad"), l.get("mode"));
    Map<String, List<Long>> seeds =
        v.arms().stream()
            .collect(Collectors.toMap(AblationSpec.Arm::name, AblationSpec.Arm::seeds));
    // 3 seeds per level, 5 for the two padding arms (and so for the baseline).
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), seeds.get("ef-mean-k11-p1-zero"));
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), seeds.get("ef-mean-k11-p1"));
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), seeds.get("baseline"));
    assertEquals(List.of(0L, 1L, 2L), seeds.get("ef-mean-k3-p1"));
    assertTrue(seeds.containsKey("ef-mean-k11-p1-low-pass-no-grad"), seeds.toString());
    // kernel 4 + position 3 new + kind k=3 3 new + kind k=11 2 new + zero + 2 modes = 15.
    assertEquals(16, v.arms().size(), "baseline and 15 distinct filter arms");
    assertEquals(16 * 3 + 3 * 2, v.toSweep().tasks().size(), "seeds 3 and 4: 3 arms");
  }

  @Test
  void audioAndLanguageGrids() {
    AblationSpec a = read("audio");
    assertEquals(List.of("3", "5", "7"), levels(a).get("kernel size"));
    assertEquals(List.of("0", "1", "2", "3"), levels(a).get("position"));
    assertEquals(1 + 3 + 3, a.arms().size(), "baseline, 3 sizes, 3 more positions");
    assertEquals(7 * 3, a.toSweep().tasks().size());
    AblationSpec t = read("language");
    assertEquals(List.of("3", "5", "7"), levels(t).get("kernel size"));
    assertEquals(List.of("0", "1", "2"), levels(t).get("position"));
    assertEquals(List.of("--arm", "baseline"), t.baselineArgs());
    assertEquals(1 + 3 + 2, t.arms().size());
    assertEquals(6 * 3, t.toSweep().tasks().size());
  }
}
