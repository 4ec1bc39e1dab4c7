package org.edgefilter.nerf.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.RunPath;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.nerf.NerfCli;
import org.edgefilter.nerf.data.RgbaPng;
import org.edgefilter.nerf.data.TestData;
import org.edgefilter.nerf.data.View;
import org.edgefilter.nerf.geometry.RayGenerator;
import org.edgefilter.nerf.metrics.Psnr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smoke experiment end to end on the real lego scene, then the trained runs reopened. */
class NerfExperimentTest {

  /** The smoke preset's filter arm: mean k=3 after hidden layer 2. */
  static final String FILTER_ARM = "ef-mean-k3-p2";

  @TempDir Path runs;

  @Test
  void smokeExperimentWritesBothArmsAndTheComparison() throws Exception {
    Optional<Path> data = TestData.root();
    assumeTrue(data.isPresent(), "EDGEFILTER_DATA is not set: skipping the smoke NeRF experiment");
    NerfConfig config = NerfPresets.presets().get("smoke");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    NerfExperiment.Outcome outcome;
    try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
      outcome = NerfExperiment.run(config, "smoke", 0, DataLocator.locate(data.get()), runs, out);
    }
    String printed = log.toString(StandardCharsets.UTF_8);
    assertTrue(
        printed.contains("PSNR") && printed.contains("baseline") && printed.contains("filter"),
        printed);
    assertEquals(2, outcome.arms().size());
    for (ArmResult arm : outcome.arms()) {
      Path dir =
          runs.resolve(
              "nerf/smoke/" + (arm.arm() == Arm.BASELINE ? "baseline" : FILTER_ARM) + "/seed-0");
      assertEquals(dir, arm.runDirectory());
      RunResult result = RunResult.read(dir.resolve("result.json"));
      assertEquals("nerf", result.modality());
      assertEquals(
          List.of("mae", "psnr", "ssim"), result.metrics().keySet().stream().sorted().toList());
      assertFalse(result.metrics().containsKey("lpips_alex"), "LPIPS is not invented");
      assertTrue(result.higherIsBetter().get("psnr") && result.higherIsBetter().get("ssim"));
      assertFalse(result.higherIsBetter().get("mae"));
      double psnr = result.metrics().get("psnr");
      assertTrue(psnr > 3 && psnr < 40, "PSNR " + psnr);
      assertTrue(Files.isRegularFile(dir.resolve("renders/r_0.png")));
      assertTrue(Files.isRegularFile(dir.resolve("renders/r_96.png")));
      assertTrue(Files.isRegularFile(dir.resolve("config.json")));
      assertFalse(arm.lpipsNote().isEmpty());
      assertTrue(MetricsLog.read(dir.resolve("metrics.jsonl")).size() >= 3);
    }
    assertEquals(
        "HIGH_PASS",
        RunResult.read(runs.resolve("nerf/smoke/" + FILTER_ARM + "/seed-0/result.json"))
            .config()
            .get("filter")
            .toString()
            .replaceAll(".*mode=([A-Z_]+).*", "$1"));
    BufferedImage grid = ImageIO.read(outcome.comparison().toFile());
    assertTrue(
        grid.getWidth() >= 3 * 50 * 4 && grid.getHeight() >= 2 * 50 * 4,
        "3 columns x 2 rows of 50 px scaled by 4: " + grid.getWidth() + "x" + grid.getHeight());

    // A second call reuses the completed runs instead of training again.
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(again, true, StandardCharsets.UTF_8)) {
      NerfExperiment.run(config, "smoke", 0, DataLocator.locate(data.get()), runs, out);
    }
    assertTrue(again.toString(StandardCharsets.UTF_8).contains("reusing the completed run"));

    // The checkpoint reopens into a model that renders what the run saved (up to 8-bit rounding).
    try (TrainedRun run = TrainedRun.open(new RunPath(runs, "nerf", "smoke", FILTER_ARM, 0))) {
      View view = NerfRun.loadScene(run.config(), DataLocator.locate(data.get())).test().get(0);
      float[] rgb =
          run.nerf()
              .render(
                  RayGenerator.allPixels(view.camera(), view.pose(), run.config().pixels()), 1000)
              .rgb();
      RgbImage saved = RgbaPng.readOnWhite(run.directory().resolve("renders/r_0.png"));
      assertTrue(Psnr.compute(saved, new RgbImage(50, 50, rgb)) > 45, "same render after restore");
    }

    // The evaluate command on the same run prints the per-view and mean metrics.
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.execute(
            new NerfCli(),
            new PrintWriter(out),
            new PrintWriter(err),
            "evaluate",
            "--preset",
            "smoke",
            "--arm",
            "baseline",
            "--runs",
            runs.toString(),
            "--data",
            data.get().toString());
    assertEquals(0, code, err.toString());
    assertTrue(
        out.toString().contains("mean psnr = ") && out.toString().contains("r_96"), out.toString());
    assertTrue(out.toString().contains("lpips_alex: not computed"), out.toString());
  }
}
