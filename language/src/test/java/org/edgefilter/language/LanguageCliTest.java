package org.edgefilter.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.language.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageCliTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.execute(new LanguageCli(), new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void everyCommandHasHelp() {
    assertEquals(ExitCodes.OK, run("--help"));
    assertTrue(out.toString().contains("experiment"), out.toString());
    for (String command : new String[] {"train", "evaluate", "experiment"}) {
      assertEquals(ExitCodes.OK, run(command, "--help"), command);
    }
    String help = out.toString();
    for (String option :
        new String[] {
          "--task", "--preset", "--set", "--seed", "--run", "--file", "--arm", "--name"
        }) {
      assertTrue(help.contains(option), option + " in\n" + help);
    }
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, run());
    assertEquals(ExitCodes.USAGE, run("train", "--task", "mnli"));
    assertEquals(ExitCodes.USAGE, run("train", "--preset", "huge"));
    assertEquals(ExitCodes.USAGE, run("train", "--set", "model.layer=3"));
    assertEquals(
        ExitCodes.USAGE, run("experiment", "--preset", "smoke", "--set", "filter.mode=identity"));
    assertEquals(ExitCodes.USAGE, run("evaluate", "--run", dir.toString()));
    assertTrue(err.toString().contains("is not a run folder"), err.toString());
  }

  @Test
  void missingDataNamesThePath() {
    Path nowhere = dir.resolve("no-data");
    assertEquals(
        ExitCodes.MISSING_DATA,
        run(
            "train",
            "--preset",
            "smoke",
            "--task",
            "qnli",
            "--data",
            nowhere.toString(),
            "--runs",
            dir.resolve("runs").toString()));
    assertTrue(
        err.toString().contains(nowhere.resolve("glue/QNLI/train.tsv").toString()), err.toString());
  }

  @Test
  void trainsAndEvaluatesFromTheCommandLine() {
    Path data = TestData.root();
    Path runs = dir.resolve("runs");
    assertEquals(
        ExitCodes.OK,
        run(
            "train",
            "--preset",
            "smoke",
            "--task",
            "qnli",
            "--arm",
            "baseline",
            "--set",
            "data.trainLimit=32",
            "--data",
            data.toString(),
            "--runs",
            runs.toString()),
        err.toString());
    Path runDir = runs.resolve("language/qnli-smoke/baseline/seed-0");
    assertTrue(Files.isRegularFile(runDir.resolve(RunResult.FILE_NAME)));
    assertEquals(
        ExitCodes.OK,
        run("evaluate", "--run", runDir.toString(), "--data", data.toString()),
        err.toString());
  }
}
