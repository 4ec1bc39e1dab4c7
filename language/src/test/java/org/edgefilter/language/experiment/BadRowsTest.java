package org.edgefilter.language.experiment;

import static org.edgefilter.framework.cli.CliTesting.files;
import static org.edgefilter.framework.cli.CliTesting.smokeArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.edgefilter.framework.cli.CliTesting;
import org.edgefilter.framework.cli.CliTesting.Run;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.language.LanguageCli;
import org.edgefilter.language.data.GlueReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed GLUE rows (issue 16, item 3) in train, dev and {@code evaluate --file}, on fixtures
 * generated here: an error naming file, line and column with exit code BAD_DATA and nothing
 * written, unless {@code --skip-bad-rows}, which prints the count and stores it in result.json.
 */
class BadRowsTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private PrintStream savedOut;

  @BeforeEach
  void captureStdout() {
    savedOut = System.out;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStdout() {
    System.setOut(savedOut);
  }

  private Run language(String... args) {
    return CliTesting.run(new LanguageCli(), args);
  }

  private static final String[] WORDS = {
    "good", "bad", "great", "awful", "fine", "poor", "nice", "dull", "superb", "weak"
  };

  /** {@code n} valid SST-2 rows: a few words and a label. */
  private static String rows(int n, int seed) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int w = (i * 7 + seed) % WORDS.length;
      s.append("a ")
          .append(WORDS[w])
          .append(" movie ")
          .append(WORDS[(w + 3) % WORDS.length])
          .append('\t')
          .append(w % 2)
          .append('\n');
    }
    return s.toString();
  }

  private Path data(String train, String dev) throws Exception {
    Path root = dir.resolve("data");
    Path folder = Files.createDirectories(root.resolve("glue/SST-2"));
    Files.writeString(folder.resolve("train.tsv"), "sentence\tlabel\n" + train);
    Files.writeString(folder.resolve("dev.tsv"), "sentence\tlabel\n" + dev);
    return root;
  }

  private Run train(Path data, String... extra) {
    return CliTesting.run(
        new LanguageCli(), smokeArgs("train", dir.resolve("runs"), data, "--task", "sst2"), extra);
  }

  private List<Path> writtenFiles() throws Exception {
    return files(dir.resolve("runs"));
  }

  @Test
  void aBadTrainingRowStopsWithFileLineAndColumnAndWritesNothing() throws Exception {
    Path data = data(rows(20, 0) + "a lost label\n" + rows(20, 1), rows(10, 2));
    Run bad = train(data);
    assertEquals(ExitCodes.BAD_DATA, bad.code(), bad.err());
    Path file = data.resolve("glue/SST-2/train.tsv");
    // Line 22 (header + 20 rows + this one); the row ends before column 2.
    assertEquals(
        "error: "
            + file
            + ":22:2: expected 2 tab-separated columns (sentence, label)"
            + " but the row has 1 "
            + GlueReader.SKIP_HINT
            + "\n",
        bad.err().replace("\r", ""));
    assertEquals(List.of(), writtenFiles(), "no config.json or result.json");
  }

  @Test
  void skippingCountsPrintsAndStoresTheBadRows() throws Exception {
    Path data =
        data(rows(30, 0) + "oops\t7\n" + rows(30, 1) + "no label\n", rows(12, 2) + "x\ty\n");
    Run ok = train(data, "--skip-bad-rows");
    assertEquals(ExitCodes.OK, ok.code(), ok.err());
    assertTrue(
        stdout
            .toString(StandardCharsets.UTF_8)
            .contains("skipped 2 malformed rows of train.tsv and 1 of dev.tsv"),
        stdout.toString());
    Path result;
    try (Stream<Path> files = Files.walk(dir.resolve("runs"))) {
      result =
          files
              .filter(p -> p.getFileName().toString().equals(RunResult.FILE_NAME))
              .findFirst()
              .orElseThrow();
    }
    RunResult r = RunResult.read(result);
    assertEquals(2.0, r.metrics().get(TrainingRun.SKIPPED_TRAIN_ROWS));
    assertEquals(1.0, r.metrics().get(TrainingRun.SKIPPED_DEV_ROWS));
    assertEquals(false, r.higherIsBetter().get(TrainingRun.SKIPPED_DEV_ROWS));

    // evaluate --file: strict by default, counted with --skip-bad-rows.
    Path evalFile = dir.resolve("eval.tsv");
    Files.writeString(evalFile, "sentence\tlabel\n" + rows(5, 3) + "broken\trow\textra\n");
    Run strict =
        language("evaluate", "--run", result.getParent().toString(), "--file", evalFile.toString());
    assertEquals(ExitCodes.BAD_DATA, strict.code(), strict.err());
    assertTrue(
        strict.err().startsWith("error: " + evalFile + ":7:3: expected 2 tab-separated"),
        strict.err());
    stdout.reset();
    Run skipped =
        language(
            "evaluate",
            "--run",
            result.getParent().toString(),
            "--file",
            evalFile.toString(),
            "--skip-bad-rows");
    assertEquals(ExitCodes.OK, skipped.code(), skipped.err());
    assertTrue(
        stdout.toString(StandardCharsets.UTF_8).contains("eval_skipped_rows 1.0000"),
        stdout.toString());
  }

  @Test
  void anAllBadDevFileIsRejectedBeforeTraining() throws Exception {
    Path data = data(rows(20, 0), "a\tx\nb\ty\nc\n");
    Run bad = train(data, "--skip-bad-rows");
    assertEquals(ExitCodes.BAD_DATA, bad.code(), bad.err());
    Path dev = data.resolve("glue/SST-2/dev.tsv");
    assertTrue(
        bad.err().startsWith("error: " + dev + ":2: none of the 3 rows is valid"), bad.err());
    assertEquals(List.of(), writtenFiles(), "rejected before any file is written");
    assertFalse(stdout.toString(StandardCharsets.UTF_8).contains("step"), stdout.toString());
  }
}
