package org.edgefilter.framework.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsLogTest {

  @TempDir Path dir;

  private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @Test
  void eachLogIsOneFlushedJsonLine() throws Exception {
    Path file = dir.resolve("metrics.jsonl");
    try (MetricsLog log = MetricsLog.open(file, clock)) {
      Map<String, Double> values = new LinkedHashMap<>();
      values.put("loss", 0.5);
      values.put("acc", 0.25);
      log.log(10, values);
      // Flushed per line: visible before close.
      assertEquals(
          "{\"step\":10,\"time\":\"2026-01-02T03:04:05Z\",\"loss\":0.5,\"acc\":0.25}\n",
          Files.readString(file));
      log.log(20, Map.of("loss", 0.25));
    }
    List<Map<String, Object>> records = MetricsLog.read(file);
    assertEquals(2, records.size());
    assertEquals(20, ((Number) records.get(1).get("step")).intValue());
    assertEquals(0.25, ((Number) records.get(1).get("loss")).doubleValue());
  }

  @Test
  void fieldsStandBetweenTheTimeAndTheValuesAndCannotTakeAReservedName() throws Exception {
    Path file = dir.resolve("metrics.jsonl");
    try (MetricsLog log = MetricsLog.open(file, clock)) {
      TrainingLog training =
          new TrainingLog(log, null, null, 2, "fold1/", Map.of("round", "fold1"));
      training.onStep(0, 1.0, 0.1, 8);
      training.onStep(1, 0.5, 0.1, 8);
      assertEquals(
          "{\"step\":2,\"time\":\"2026-01-02T03:04:05Z\",\"round\":\"fold1\","
              + "\"fold1/train/loss\":0.75,\"fold1/train/lr\":0.1,"
              + "\"fold1/train/throughput\":8.0}\n",
          Files.readString(file));
      assertThrows(
          IllegalArgumentException.class, () -> log.log(3, Map.of("step", 1), Map.of("loss", 1.0)));
    }
  }

  @Test
  void resumeDropsATruncatedLastLineAndContinues() throws Exception {
    Path file = dir.resolve("metrics.jsonl");
    Files.writeString(file, "{\"step\":1,\"loss\":2.0}\n{\"step\":2,\"lo", StandardCharsets.UTF_8);
    // A reader of the killed run's file already tolerates the partial line.
    assertEquals(1, MetricsLog.read(file).size());
    try (MetricsLog log = MetricsLog.open(file, clock)) {
      log.log(2, Map.of("loss", 1.5));
    }
    List<String> lines = Files.readAllLines(file);
    assertEquals(2, lines.size(), lines.toString());
    assertEquals("{\"step\":1,\"loss\":2.0}", lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"step\":2,\"time\""), lines.get(1));
    assertEquals(2, MetricsLog.read(file).size());
  }

  @Test
  void fileWithOnlyAPartialLineStartsEmpty() throws Exception {
    Path file = dir.resolve("metrics.jsonl");
    Files.writeString(file, "{\"step\":1,");
    try (MetricsLog log = MetricsLog.open(file, clock)) {
      log.append(Map.of("step", 1));
    }
    assertEquals("{\"step\":1}\n", Files.readString(file));
  }

  @Test
  void malformedInteriorLineNamesFileAndLine() throws Exception {
    Path file = dir.resolve("metrics.jsonl");
    Files.writeString(file, "{\"step\":1}\nnot json\n{\"step\":3}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MetricsLog.read(file));
    assertTrue(e.getMessage().contains(file + " line 2"), e.getMessage());
  }

  @Test
  void reservedNamesAndClosedLogAreErrors() throws Exception {
    Path file = dir.resolve("metrics.jsonl");
    MetricsLog log = MetricsLog.open(file, clock);
    assertThrows(IllegalArgumentException.class, () -> log.log(1, Map.of("step", 2)));
    log.close();
    assertThrows(IllegalStateException.class, () -> log.append(Map.of("a", 1)));
    Files.writeString(file, "", StandardOpenOption.TRUNCATE_EXISTING);
  }
}
