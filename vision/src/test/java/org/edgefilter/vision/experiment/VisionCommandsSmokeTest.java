package org.edgefilter.vision.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.vision.VisionCli;
import org.edgefilter.vision.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corrupt, train and tta commands at smoke size, through the command line. */
class VisionCommandsSmokeTest {

  @TempDir Path tmp;

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--data",
            TestData.dir().toString(),
            "--runs",
            tmp.resolve("runs").toString(),
            "--preset",
            "smoke",
            "--set",
            "data.trainLimit=64",
            "--set",
            "data.testLimit=32",
            "--set",
            "tta.corruptions=brightness",
            "--set",
            "tta.methods=source,tent"));
    return Cli.execute(
        new VisionCli(),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        all.toArray(String[]::new));
  }

  @Test
  void corruptTrainAndTtaCommands() throws Exception {
    Path out = tmp.resolve("c10c");
    assertEquals(0, run("corrupt", "--out", out.toString(), "--corruptions", "brightness,fog"));
    assertTrue(Files.size(out.resolve("fog.npy")) > 5 * 32 * 3072);
    assertTrue(Files.isRegularFile(out.resolve("labels.npy")));
    assertTrue(Files.isRegularFile(out.resolve("contact_sheet.png")));

    assertEquals(0, run("train", "--arm", "baseline"));
    Path runDir = tmp.resolve("runs/vision/smoke/baseline/seed-0");
    assertTrue(Files.isRegularFile(runDir.resolve("checkpoint/state.json")));
    assertTrue(
        Files.notExists(runDir.resolve("result.json")), "train alone does not complete a run");

    assertEquals(0, run("tta", "--arm", "baseline"));
    RunResult result = RunResult.read(runDir.resolve("result.json"));
    assertTrue(
        result.metrics().containsKey("tent/brightness/5"), result.metrics().keySet().toString());
    assertTrue(result.metrics().containsKey("source/mean_acc"));
  }
}
