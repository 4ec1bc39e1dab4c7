package org.edgefilter.bench.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.edgefilter.bench.sweep.ArmSpec;
import org.edgefilter.bench.sweep.CommandTemplate;
import org.edgefilter.bench.sweep.SweepSpec;
import org.edgefilter.framework.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultSetTest {

  @TempDir Path dir;

  private static RunResult result(String arm, long seed, double acc, boolean higher) {
    return new RunResult(
        "vision",
        "quick",
        arm,
        seed,
        Map.of("acc", acc),
        Map.of("acc", higher),
        null,
        null,
        null,
        1,
        null,
        null);
  }

  private Path runDir(Path root, String arm, long seed) {
    return root.resolve("vision/quick").resolve(arm).resolve("seed-" + seed);
  }

  @Test
  void groupsByTaskArmAndSeed() {
    Path runs = dir.resolve("runs");
    result("baseline", 1, 0.5, true).writeTo(runDir(runs, "baseline", 1));
    result("baseline", 0, 0.4, true).writeTo(runDir(runs, "baseline", 0));
    result("ef", 0, 0.6, true).writeTo(runDir(runs, "ef", 0));
    ResultSet set = ResultSet.scan(runs);
    assertEquals(List.of(new TaskKey("vision", "quick")), set.tasks());
    TaskKey t = set.tasks().get(0);
    assertEquals(List.of("baseline", "ef"), set.arms(t));
    assertEquals(
        List.of(0L, 1L), set.runs(t, "baseline").stream().map(r -> r.result().seed()).toList());
    assertEquals(Map.of(0L, 0.4, 1L, 0.5), set.values(t, "baseline", "acc"));
    assertEquals(3, set.size());
    assertTrue(set.warnings().isEmpty(), set.warnings().toString());
    assertTrue(set.higherIsBetter(t, "acc"));
  }

  @Test
  void duplicatesAndConflictingDirectionsNameTheFiles() {
    Path runs = dir.resolve("runs");
    result("baseline", 0, 0.4, true).writeTo(runDir(runs.resolve("a"), "baseline", 0));
    result("baseline", 0, 0.5, true).writeTo(runDir(runs.resolve("b"), "baseline", 0));
    IllegalArgumentException dup =
        assertThrows(IllegalArgumentException.class, () -> ResultSet.scan(runs));
    assertTrue(
        dup.getMessage().contains("a/vision/quick/baseline/seed-0")
            && dup.getMessage().contains("b/vision/quick/baseline/seed-0"),
        dup.getMessage());

    // A contradicting direction is the later file's fault: that run is skipped, not fatal.
    Path other = dir.resolve("other");
    result("baseline", 0, 0.4, true).writeTo(runDir(other, "baseline", 0));
    result("ef", 0, 0.4, false).writeTo(runDir(other, "ef", 0));
    ResultSet set = ResultSet.scan(other);
    assertEquals(1, set.size());
    assertEquals(1, set.skipped().size());
    ResultSet.SkippedRun skipped = set.skipped().get(0);
    assertTrue(skipped.file().endsWith("vision/quick/ef/seed-0/result.json"), skipped.toString());
    assertTrue(
        skipped.reason().contains("'acc'") && skipped.reason().contains("baseline/seed-0"),
        skipped.reason());
  }

  @Test
  void nonFiniteValuesAndMisplacedFilesAreWarnedAbout() {
    Path runs = dir.resolve("runs");
    result("baseline", 0, Double.NaN, true).writeTo(runDir(runs, "baseline", 0));
    result("ef", 3, 0.4, true).writeTo(runDir(runs, "ef", 4));
    ResultSet set = ResultSet.scan(runs);
    assertEquals(2, set.warnings().size(), set.warnings().toString());
    assertTrue(set.warnings().get(0).contains("NaN"), set.warnings().toString());
    assertTrue(set.warnings().get(1).contains("vision/quick/ef/seed-3"), set.warnings().toString());
    assertTrue(set.values(set.tasks().get(0), "baseline", "acc").isEmpty());
  }

  @Test
  void missingDirectoryAndUnreadableFileAreClearErrors() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> ResultSet.scan(dir.resolve("nope")));
  }

  @Test
  void badResultFilesAreSkippedWithTheirReasonAndTheRestIsRead() throws Exception {
    Path runs = dir.resolve("runs");
    result("baseline", 0, 0.4, true).writeTo(runDir(runs, "baseline", 0));
    result("ef", 0, 0.5, true).writeTo(runDir(runs, "ef", 0));
    String good = Files.readString(runDir(runs, "ef", 0).resolve("result.json"));
    Path truncated = write(runDir(runs, "ef", 1), good.substring(0, good.length() / 2));
    // A bare NaN token is not JSON (RFC 8259 numbers are finite); Jackson rejects it.
    Path nan = write(runDir(runs, "ef", 2), good.replace("0.5", "NaN"));
    Path noDirection =
        write(
            runDir(runs, "ef", 3),
            good.replace(
                "\"higher_is_better\" : {\n    \"acc\" : true\n  }", "\"higher_is_better\" : { }"));
    assertTrue(!Files.readString(noDirection).contains("\"acc\" : true"), "fixture edited");
    ResultSet set = ResultSet.scan(runs);
    assertEquals(2, set.size());
    List<Path> files = set.skipped().stream().map(ResultSet.SkippedRun::file).toList();
    assertEquals(List.of(truncated, nan, noDirection), files);
    assertTrue(
        set.skipped().get(0).reason().contains("end-of-input"), set.skipped().get(0).reason());
    assertTrue(set.skipped().get(1).reason().contains("NaN"), set.skipped().get(1).reason());
    assertTrue(
        set.skipped().get(2).reason().contains("metric 'acc' has no higher_is_better"),
        set.skipped().get(2).reason());

    CollectSummary s = Collector.collect(set, null);
    assertTrue(!s.complete(), "a skipped file makes the folder incomplete");
    String text = s.render();
    assertTrue(text.contains("skipped 3 result.json files that could not be used:"), text);
    assertTrue(text.contains(truncated + ": "), text);
  }

  private static Path write(Path runDir, String content) throws Exception {
    Files.createDirectories(runDir);
    Path f = runDir.resolve("result.json");
    Files.writeString(f, content);
    return f;
  }

  @Test
  void collectListsMissingSeedsIncompleteRunsAndWritesCsv() throws Exception {
    Path runs = dir.resolve("runs");
    result("baseline", 0, 0.4, true).writeTo(runDir(runs, "baseline", 0));
    result("baseline", 1, 0.5, true).writeTo(runDir(runs, "baseline", 1));
    result("ef,x", 0, 0.6, true).writeTo(runDir(runs, "ef,x", 0));
    Path failed = runDir(runs, "ef", 1);
    Files.createDirectories(failed);
    Files.writeString(
        failed.resolve("run.log"),
        "=== start\nException in thread \"main\" "
            + "java.lang.OutOfMemoryError: Java heap space\n\tat Foo.bar(Foo.java:1)\n");
    SweepSpec spec =
        SweepSpec.builder()
            .setModality("vision")
            .setExperiment("quick")
            .setCommand(CommandTemplate.parse("run {run_dir}"))
            .setArms(List.of(new ArmSpec("baseline", List.of()), new ArmSpec("ef", List.of())))
            .setSeeds(List.of(0L, 1L))
            .optRuns(runs)
            .build();
    CollectSummary s = Collector.collect(ResultSet.scan(runs), spec);
    assertEquals(3, s.runCount());
    List<CollectSummary.ArmStatus> arms = s.tasks().get(0).arms();
    assertEquals("baseline", arms.get(0).arm());
    assertTrue(arms.get(0).missing().isEmpty());
    assertEquals("ef", arms.get(1).arm());
    assertEquals(List.of(0L, 1L), arms.get(1).missing());
    assertEquals("ef,x", arms.get(2).arm());
    assertEquals(1, s.incomplete().size());
    assertTrue(s.incomplete().get(0).lastLogLine().contains("OutOfMemoryError"));
    assertTrue(!s.complete());
    String text = s.render();
    assertTrue(text.contains("collected 3 runs"), text);
    assertTrue(text.contains("OutOfMemoryError"), text);

    Path csv = dir.resolve("runs.csv");
    RunsCsv.write(ResultSet.scan(runs), csv);
    List<String> lines = Files.readAllLines(csv);
    assertEquals(RunsCsv.HEADER, lines.get(0));
    assertEquals(4, lines.size());
    assertTrue(lines.get(3).startsWith("vision,quick,\"ef,x\",0,acc,0.6,true,"), lines.get(3));
  }
}
