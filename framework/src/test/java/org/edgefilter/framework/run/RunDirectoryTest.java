package org.edgefilter.framework.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

  /** A configuration record like the ones modalities define. */
  record TrainConfig(int epochs, double lr, List<Integer> widths, String optimizer) {}

  /** A clock that moves only when told. */
  static final class StepClock extends Clock {
    Instant now = Instant.parse("2026-03-04T05:06:07Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @TempDir Path root;

  private final StepClock clock = new StepClock();
  private final Map<String, String> versions =
      Map.of("project", "0.1.0", "tensorflow", "2.18.0", "java", "17", "git", "abc");

  private RunDirectory open(String arm) {
    return RunDirectory.open(root, "vision", "quick", arm, 3, clock, () -> versions);
  }

  @Test
  void layoutFollowsTheDesign() {
    RunDirectory run = open("ef-mean-k11");
    assertEquals(root.resolve("vision/quick/ef-mean-k11/seed-3"), run.path());
    assertTrue(Files.isDirectory(run.path()));
    assertEquals(run.path().resolve("checkpoint"), run.checkpointDir());
    assertTrue(Files.isDirectory(run.checkpointDir()));
    assertEquals(run.path().resolve("config.json"), run.configFile());
    assertEquals(run.path().resolve("metrics.jsonl"), run.metricsFile());
    assertEquals(run.path().resolve("result.json"), run.resultFile());
  }

  @Test
  void configJsonHoldsConfigSeedAndVersions() throws Exception {
    RunDirectory run = open("baseline");
    run.writeConfig(new TrainConfig(2, 0.1, List.of(16, 32), "sgd"));
    String text = Files.readString(run.configFile());
    assertTrue(text.contains("\"git_revision\" : \"abc\""), text);
    assertTrue(text.contains("\"seed\" : 3"), text);
    ResolvedConfig back = ResolvedConfig.read(run.configFile());
    assertEquals("2.18.0", back.versions().get("tensorflow"));
    assertEquals("17", back.versions().get("java"));
    assertEquals(new TrainConfig(2, 0.1, List.of(16, 32), "sgd"), back.configAs(TrainConfig.class));
    try (var files = Files.list(run.path())) {
      assertEquals(1, files.count(), "only config.json, no temporary file left");
    }
  }

  @Test
  void resumeAcceptsTheSameConfigAndRejectsAnotherNamingTheKeys() {
    open("baseline").writeConfig(new TrainConfig(2, 0.1, List.of(16), "sgd"));
    RunDirectory resumed = open("baseline");
    resumed.writeConfig(new TrainConfig(2, 0.1, List.of(16), "sgd"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> open("baseline").writeConfig(new TrainConfig(3, 0.1, List.of(16), "adam")));
    assertTrue(e.getMessage().contains("epochs: 2 -> 3"), e.getMessage());
    assertTrue(e.getMessage().contains("optimizer: \"sgd\" -> \"adam\""), e.getMessage());
    assertFalse(e.getMessage().contains("lr:"), e.getMessage());
    assertTrue(e.getMessage().contains(resumed.configFile().toString()), e.getMessage());
  }

  @Test
  void resultIsWrittenLastWithTimesAndVersions() {
    RunDirectory run = open("baseline");
    run.writeConfig(new TrainConfig(1, 0.1, List.of(), "sgd"));
    assertFalse(run.completed());
    clock.now = clock.now.plusMillis(90_500);
    RunResult result = run.writeResult(Map.of("clean_acc", 0.5), Map.of("clean_acc", true));
    assertTrue(run.completed());
    RunResult back = RunResult.read(run.resultFile());
    assertEquals(result, back);
    assertEquals("2026-03-04T05:06:07Z", back.started());
    assertEquals("2026-03-04T05:07:37.500Z", back.finished());
    assertEquals(90.5, back.wallSeconds(), 1e-9);
    assertEquals(versions, back.versions());
    assertEquals(1, ((Number) back.config().get("epochs")).intValue());
    assertEquals("vision", back.modality());
    assertEquals(3, back.seed());
  }

  @Test
  void resultWithoutConfigIsAnError() {
    RunDirectory run = open("baseline");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> run.writeResult(Map.of(), Map.of()));
    assertTrue(e.getMessage().contains("config.json"), e.getMessage());
  }

  @Test
  void namesMustBePlainFolderNames() {
    assertThrows(
        IllegalArgumentException.class, () -> RunDirectory.open(root, "vision", "../x", "a", 0));
    assertThrows(
        IllegalArgumentException.class, () -> RunDirectory.open(root, "vision", "q", "a/b", 0));
    assertThrows(
        IllegalArgumentException.class, () -> RunDirectory.open(root, "vision", "q", "a", -1));
  }

  @Test
  void realVersionsNameTensorFlowAndJava() {
    RunDirectory run = RunDirectory.open(root, "audio", "smoke", "baseline", 0);
    ResolvedConfig config = run.writeConfig(Map.of("epochs", 1));
    assertEquals(Runtime.version().toString(), config.versions().get("java"));
    assertTrue(
        config.versions().get("tensorflow").matches("\\d+\\.\\d+.*"), config.versions().toString());
    assertTrue(config.gitRevision().matches("[0-9a-f]{40}|unknown"), config.gitRevision());
  }
}
