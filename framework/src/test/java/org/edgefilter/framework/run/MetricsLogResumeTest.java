package org.edgefilter.framework.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 7: after a resume, {@code metrics.jsonl} holds each step once. A killed run's log
 * is simulated exactly as a trainer writes it: steps 1..N (every 10 updates), a checkpoint at S,
 * the kill after N > S; the resumed run logs S+10..end again.
 */
class MetricsLogResumeTest {

  @TempDir Path dir;

  private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  private static List<Long> steps(Path file) {
    List<Long> steps = new ArrayList<>();
    for (Map<String, Object> r : MetricsLog.read(file)) {
      if (r.get("step") instanceof Number n) {
        steps.add(n.longValue());
      }
    }
    return steps;
  }

  @Test
  void aLogWithStepsPastTheCheckpointIsCutBackAndEachStepAppearsOnce() throws Exception {
    Path file = dir.resolve("metrics.jsonl");
    try (MetricsLog log = MetricsLog.open(file, clock)) {
      for (long step = 10; step <= 70; step += 10) {
        log.log(step, Map.of("loss", 1.0 / step));
        if (step == 40) {
          // Trainers log the epoch record right after the end-of-epoch checkpoint.
          log.log(40, Map.of("epoch", 1, "epoch_mean_loss", 0.5));
        }
      }
    }
    // The kill cut the last write short.
    Files.writeString(file, "{\"step\": 80, \"lo", StandardOpenOption.APPEND);
    String before = Files.readString(file, StandardCharsets.UTF_8);

    // Checkpoint at 40 updates (the end of epoch 1).
    assertEquals(3, MetricsLog.retain(file, MetricsLog.upToStep(40)));
    String after = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(before.startsWith(after), "the kept lines are the first ones, byte for byte");
    assertEquals(List.of(10L, 20L, 30L, 40L, 40L), steps(file));

    try (MetricsLog log = MetricsLog.open(file, clock)) {
      for (long step = 50; step <= 100; step += 10) {
        log.log(step, Map.of("loss", 1.0 / step));
      }
      log.logEvaluation(100, Map.of("dev_acc", 0.75));
    }
    List<Long> steps = steps(file);
    assertEquals(List.of(10L, 20L, 30L, 40L, 40L, 50L, 60L, 70L, 80L, 90L, 100L), steps);
    long epochRecords = MetricsLog.read(file).stream().filter(r -> r.containsKey("epoch")).count();
    assertEquals(1, epochRecords, "the epoch record logged after the checkpoint is kept once");
    assertNoTemporaryFiles();
  }

  @Test
  void aRunResumedAfterTrainingLogsItsEvaluationOnce() throws Exception {
    RunDirectory run = RunDirectory.open(dir, "language", "exp", "baseline", 0);
    try (MetricsLog log = run.openMetricsLogResumingAt(0)) {
      log.log(8, Map.of("train_loss", 0.7));
      log.logEvaluation(8, Map.of("dev_acc", 0.5));
    }
    // Killed before result.json: the resumed run restores the final checkpoint (8 updates),
    // trains nothing and evaluates again.
    try (MetricsLog log = run.openMetricsLogResumingAt(8)) {
      log.logEvaluation(8, Map.of("dev_acc", 0.5));
    }
    List<Map<String, Object>> records = MetricsLog.read(run.metricsFile());
    assertEquals(2, records.size(), records.toString());
    assertEquals(8, ((Number) records.get(0).get("step")).longValue());
    assertEquals(8, ((Number) records.get(1).get("trained_steps")).longValue());
    assertFalse(records.get(1).containsKey("step"));
  }

  @Test
  void aFreshStartClearsALogLeftBeforeTheFirstCheckpoint() throws Exception {
    RunDirectory run = RunDirectory.open(dir, "vision", "exp", "baseline", 0);
    try (MetricsLog log = run.openMetricsLog()) {
      log.log(10, Map.of("train/loss", 2.0));
    }
    try (MetricsLog log = run.openMetricsLogResumingAt(0)) {
      log.log(10, Map.of("train/loss", 2.0));
    }
    assertEquals(List.of(10L), steps(run.metricsFile()));
  }

  @Test
  void recordsOfSeveralRoundsAreCutPerRound() throws Exception {
    // Audio: each round resumes from its own checkpoint; round 1 was complete at 30 updates,
    // round 2 was checkpointed at 20 and killed at 40.
    Path file = dir.resolve("metrics.jsonl");
    try (MetricsLog log = MetricsLog.open(file, clock)) {
      for (String round : List.of("fold1", "fold2")) {
        for (long step = 10; step <= (round.equals("fold1") ? 30 : 40); step += 10) {
          log.append(Map.of("round", round, "step", step));
        }
      }
    }
    Map<String, Long> checkpoints = Map.of("fold1", 30L, "fold2", 20L);
    MetricsLog.retain(
        file,
        r ->
            r.get("round") instanceof String round
                && MetricsLog.upToStep(checkpoints.getOrDefault(round, 0L)).test(r));
    List<String> kept =
        MetricsLog.read(file).stream().map(r -> r.get("round") + "@" + r.get("step")).toList();
    assertEquals(List.of("fold1@10", "fold1@20", "fold1@30", "fold2@10", "fold2@20"), kept);
  }

  @Test
  void nothingToDropLeavesTheFileUntouched() throws Exception {
    Path file = dir.resolve("metrics.jsonl");
    Files.writeString(file, "{\"step\": 1}\n");
    long modified = Files.getLastModifiedTime(file).toMillis();
    assertEquals(0, MetricsLog.retain(file, MetricsLog.upToStep(5)));
    assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    assertEquals(0, MetricsLog.retain(dir.resolve("absent.jsonl"), MetricsLog.upToStep(5)));
    assertFalse(Files.exists(dir.resolve("absent.jsonl")));
  }

  private void assertNoTemporaryFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("metrics.jsonl")), files.toList());
    }
  }
}
