package org.edgefilter.vision.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.vision.VisionCli;
import org.edgefilter.vision.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole vision study at smoke size on the real CIFAR-10 subset: train, corrupt, adapt, report.
 */
class VisionExperimentSmokeTest {

  @TempDir Path runs;

  @Test
  void smokeExperimentRunsEndToEndAndResumes() throws Exception {
    Path data = TestData.dir();
    VisionConfig config =
        org.edgefilter.framework.cli.Presets.override(
            VisionConfig.presets().get("smoke"),
            List.of(
                "data.trainLimit=128",
                "data.testLimit=64",
                "tta.corruptions=gaussian_noise,contrast"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    VisionExperiment.Outcome outcome =
        VisionExperiment.run(config, "smoke", List.of(0L), data, runs, out);

    assertEquals(2, outcome.results().size());
    assertEquals(
        List.of("baseline", "ef-mean-k3-p1"),
        outcome.results().stream().map(RunResult::arm).toList());
    for (RunResult r : outcome.results()) {
      for (String key :
          List.of(
              "clean_acc",
              "source/mean_acc",
              "bn-norm/mean_acc",
              "tent/mean_acc",
              "tent/gaussian_noise/5",
              "tent/contrast/5",
              "probe/density_in/clean",
              "probe/lowfreq_out/corrupted")) {
        assertTrue(
            r.metrics().containsKey(key), r.arm() + " lacks " + key + ": " + r.metrics().keySet());
        double v = r.metrics().get(key);
        assertTrue(v >= 0 && v <= 1, key + " = " + v);
      }
      assertEquals(Boolean.FALSE, r.higherIsBetter().get("train_loss"));
      double mean =
          (r.metrics().get("tent/gaussian_noise/5") + r.metrics().get("tent/contrast/5")) / 2;
      assertEquals(mean, r.metrics().get("tent/mean_acc"), 1e-12);
      Path dir = runs.resolve("vision/smoke/" + r.arm() + "/seed-0");
      for (String file :
          List.of("config.json", "metrics.jsonl", "tent_entropy.png", "spectrum.png")) {
        assertTrue(Files.isRegularFile(dir.resolve(file)), dir.resolve(file) + " missing");
      }
    }
    // The baseline's slot passes features through: same density in and out; the filter's does not.
    RunResult baseline = outcome.results().get(0);
    RunResult filtered = outcome.results().get(1);
    assertEquals(
        baseline.metrics().get("probe/density_in/clean"),
        baseline.metrics().get("probe/density_out/clean"));
    assertTrue(
        filtered.metrics().get("probe/lowfreq_out/clean")
            < filtered.metrics().get("probe/lowfreq_in/clean"),
        "the high-pass filter lowers the low-frequency share of the energy");
    String report = Files.readString(outcome.report());
    assertTrue(
        report.contains("| baseline | 1 |") && report.contains("tent per corruption"), report);
    assertTrue(Files.isRegularFile(runs.resolve("vision/smoke/tent_per_corruption.png")));
    Path corrupted = runs.resolve("vision/cifar10-c/subset-n64-seed0");
    assertTrue(Files.isRegularFile(corrupted.resolve("gaussian_noise.npy")));
    assertTrue(Files.isRegularFile(corrupted.resolve("contact_sheet.png")));

    // A second run finds every result.json and repeats nothing.
    long stamp =
        Files.getLastModifiedTime(runs.resolve("vision/smoke/baseline/seed-0/result.json"))
            .toMillis();
    log.reset();
    VisionExperiment.Outcome again =
        VisionExperiment.run(config, "smoke", List.of(0L), data, runs, out);
    assertEquals(outcome.results().get(1).metrics(), again.results().get(1).metrics());
    assertEquals(
        stamp,
        Files.getLastModifiedTime(runs.resolve("vision/smoke/baseline/seed-0/result.json"))
            .toMillis());
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("already complete"));
  }

  @Test
  void cliRejectsUnknownKeysAndShowsHelp() {
    StringWriter err = new StringWriter();
    int code =
        Cli.execute(
            new VisionCli(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "experiment",
            "--preset",
            "smoke",
            "--set",
            "train.epochz=3");
    assertEquals(ExitCodes.USAGE, code);
    assertTrue(
        err.toString().contains("epochz") && err.toString().contains("train.epochs"),
        err.toString());
    StringWriter help = new StringWriter();
    assertEquals(
        0,
        Cli.execute(
            new VisionCli(),
            new PrintWriter(help),
            new PrintWriter(new StringWriter()),
            "experiment",
            "--help"));
    assertTrue(help.toString().contains("--seeds"), help.toString());
  }
}
