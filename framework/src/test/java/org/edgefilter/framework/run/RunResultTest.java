package org.edgefilter.framework.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunResultTest {

  @TempDir Path dir;

  @Test
  void roundTripsThroughSnakeCaseJson() throws Exception {
    RunResult result =
        new RunResult(
            "vision",
            "quick",
            "baseline",
            3,
            Map.of("clean_acc", 0.75, "tent/mean_acc", 0.5),
            Map.of("clean_acc", true, "tent/mean_acc", true),
            Map.of("epochs", 2),
            "2026-11-21T00:00:00Z",
            "2026-11-21T00:01:00Z",
            60.0,
            Map.of("tensorflow", "1.1.0"),
            "host");
    result.writeTo(dir);
    String text = Files.readString(dir.resolve(RunResult.FILE_NAME));
    assertTrue(text.contains("\"higher_is_better\""), text);
    assertTrue(text.contains("\"wall_seconds\""), text);
    RunResult back = RunResult.read(dir.resolve(RunResult.FILE_NAME));
    assertEquals(result.metrics(), back.metrics());
    assertEquals(result.seed(), back.seed());
    assertEquals(2, ((Number) back.config().get("epochs")).intValue());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  /** An audio result with one metric and {@code counts}, the other optional fields null. */
  private static RunResult withCounts(Map<String, Long> counts) {
    return new RunResult(
        "audio",
        "q",
        "filter",
        0,
        Map.of("acc", 0.5),
        Map.of("acc", true),
        null,
        null,
        null,
        0,
        null,
        null,
        counts);
  }

  @Test
  void countsRoundTripAndAreOmittedWhenEmpty() throws Exception {
    RunResult none = withCounts(Map.of());
    none.writeTo(dir);
    String plain = Files.readString(dir.resolve(RunResult.FILE_NAME));
    assertFalse(plain.contains("counts"), plain);
    assertEquals(Map.of(), RunResult.read(dir.resolve(RunResult.FILE_NAME)).counts());

    RunResult counted = withCounts(Map.of("empty_wavs", 2L));
    counted.writeTo(dir);
    String text = Files.readString(dir.resolve(RunResult.FILE_NAME));
    assertTrue(text.contains("\"counts\""), text);
    RunResult back = RunResult.read(dir.resolve(RunResult.FILE_NAME));
    assertEquals(Map.of("empty_wavs", 2L), back.counts());
    // Counts are not metrics: nothing compares them.
    assertEquals(Map.of("acc", 0.5), back.metrics());
  }

  @Test
  void metricWithoutDirectionIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RunResult(
                "vision",
                "q",
                "a",
                0,
                Map.of("x", 1.0),
                Map.of(),
                null,
                null,
                null,
                0,
                null,
                null));
  }

  @Test
  void malformedFileNamesTheFile() throws Exception {
    Path file = dir.resolve("result.json");
    Files.writeString(file, "{\"modality\": \"vision\", \"bogus\": 1}");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> RunResult.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }
}
