package org.edgefilter.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.vision.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 for vision: settings are validated before anything is written (items 2 and 4), and
 * expected failures print one {@code error:} line with their exit code, no stack trace (item 5),
 * divergence included.
 */
class VisionFailuresTest {

  @TempDir Path runs;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new VisionCli(), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(runs)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  private static void assertOneErrorLine(Run r, String expected) {
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    assertTrue(r.err().contains(expected), r.err());
  }

  @Test
  void settingsThatCannotRunAreRejectedBeforeAnyFileIsWritten() throws IOException {
    for (String[] bad : List.of(
        new String[] {"tta.batchSize=0", "tta.batchSize must be >= 1"},
        new String[] {"tta.methods=source,tnet", "unknown method 'tnet'"},
        new String[] {"tta.severities=6", "tta.severities must be in 1..5"},
        new String[] {"tta.corruptions=gaussian_nose", "unknown corruption 'gaussian_nose'"},
        new String[] {"train.epochs=0", "train.epochs and train.batchSize must be >= 1"},
        new String[] {"filter.position=4", "filter.position 4 does not exist in WRN-10-1"})) {
      Run r = run("train", "--preset", "smoke", "--runs", runs.toString(), "--set", bad[0]);
      assertEquals(ExitCodes.USAGE, r.code(), bad[0] + ": " + r.err());
      assertOneErrorLine(r, bad[1]);
      assertEquals(List.of(), files(), bad[0] + " left files behind");
    }
  }

  @Test
  void aDivergedRunExitsWithDivergedAndWritesNoResult() throws IOException {
    Path data = TestData.dir();
    Run r = run("train", "--preset", "smoke", "--runs", runs.toString(), "--data",
        data.toString(), "--set", "train.learningRate=1e6", "--set", "train.epochs=3");
    assertEquals(ExitCodes.DIVERGED, r.code(), r.out() + r.err());
    assertOneErrorLine(r, "Lower the learning rate");
    assertFalse(files().stream().anyMatch(f -> f.getFileName().toString().equals("result.json")),
        files().toString());
  }
}
