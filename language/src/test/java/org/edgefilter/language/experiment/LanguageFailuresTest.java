package org.edgefilter.language.experiment;

import static org.edgefilter.framework.cli.CliTesting.assertDivergedWithoutResult;
import static org.edgefilter.framework.cli.CliTesting.assertEachRejectedBeforeWriting;
import static org.edgefilter.framework.cli.CliTesting.assertOneErrorLine;
import static org.edgefilter.framework.cli.CliTesting.smokeArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.edgefilter.framework.cli.CliTesting;
import org.edgefilter.framework.cli.CliTesting.Run;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.language.LanguageCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 for language: the whole configuration is validated before any file is written (item 2),
 * and a damaged checkpoint is one {@code error:} line naming its files and the step to delete (item
 * 5). SST-2 files are generated here.
 */
class LanguageFailuresTest {

  @TempDir Path dir;

  private Path data;

  private Path runs;

  private static final String[] WORDS = {"good", "bad", "great", "awful", "fine", "poor"};

  @BeforeEach
  void writeSst2() throws IOException {
    data = dir.resolve("data");
    runs = dir.resolve("runs");
    Path folder = Files.createDirectories(data.resolve("glue/SST-2"));
    StringBuilder rows = new StringBuilder("sentence\tlabel\n");
    for (int i = 0; i < 40; i++) {
      int w = i % WORDS.length;
      rows.append("a ").append(WORDS[w]).append(" movie\t").append(w % 2).append('\n');
    }
    Files.writeString(folder.resolve("train.tsv"), rows);
    Files.writeString(folder.resolve("dev.tsv"), rows);
  }

  private Run language(String... args) {
    return CliTesting.run(new LanguageCli(), args);
  }

  private Run train(String... more) {
    return CliTesting.run(
        new LanguageCli(), smokeArgs("train", runs, data, "--task", "sst2"), more);
  }

  @Test
  void settingsThatCannotRunAreRejectedBeforeAnyFileIsWritten() throws IOException {
    assertEachRejectedBeforeWriting(
        this::train,
        runs,
        List.of(
            new String[] {
              "--set",
              "train.epochs=0",
              "epochs, batchSize, evalBatchSize and logEvery" + " must be >= 1, got 0, 16, 64, 4"
            },
            new String[] {"--set", "train.batchSize=0", "must be >= 1, got 1, 0, 64, 4"},
            new String[] {"--set", "train.evalBatchSize=0", "must be >= 1, got 1, 16, 0, 4"},
            new String[] {
              "--set",
              "filter.position=9",
              "filter.position 9 does not exist in the" + " 2-layer encoder"
            },
            new String[] {"--set", "filter.kernelSize=4", "filter.kernelSize must be odd"},
            new String[] {"--set", "model.heads=3", "hidden 32 must be a multiple of heads 3"},
            new String[] {"--set", "model.layer=3", "unknown key 'model.layer'"},
            new String[] {"--arm", "filtr", "--arm must be baseline or filter, got 'filtr'"}));
  }

  @Test
  void aTruncatedCheckpointNamesItsFilesAndTheStepToDelete() throws IOException {
    Run trained = train("--arm", "baseline");
    assertEquals(ExitCodes.OK, trained.code(), trained.err());
    Path runDir = runs.resolve("language/sst2-smoke/baseline/seed-0");
    assertTrue(Files.isRegularFile(runDir.resolve(RunResult.FILE_NAME)));
    Path variables;
    try (Stream<Path> walk = Files.walk(runDir.resolve("checkpoint"))) {
      variables =
          walk.filter(f -> f.getFileName().toString().startsWith("variables.data-"))
              .findFirst()
              .orElseThrow();
    }
    Files.write(variables, Arrays.copyOf(Files.readAllBytes(variables), 500));
    Run evaluate = language("evaluate", "--run", runDir.toString(), "--data", data.toString());
    assertEquals(ExitCodes.BAD_DATA, evaluate.code(), evaluate.err());
    assertOneErrorLine(
        evaluate, "checkpoint " + variables.getParent().resolve("variables") + " cannot be read");
    assertTrue(evaluate.err().contains(variables.getFileName() + " 500 bytes"), evaluate.err());
    assertTrue(
        evaluate
            .err()
            .contains("Delete the checkpoint step: remove " + runDir.resolve("checkpoint")),
        evaluate.err());
    assertFalse(evaluate.err().contains("\tat "), "no stack trace: " + evaluate.err());
  }

  @Test
  void aDivergedRunExitsWithDivergedAndWritesNoResult() throws IOException {
    Run r = train("--arm", "filter", "--set", "train.learningRate=1e6", "--set", "train.epochs=3");
    assertDivergedWithoutResult(r, runs);
  }
}
