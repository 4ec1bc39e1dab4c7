package org.edgefilter.nerf.experiment;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.io.Json;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.run.RunPath;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.framework.train.TrainSummary;
import org.edgefilter.nerf.data.FewShotScene;
import org.edgefilter.nerf.data.FewShotSplit;
import org.edgefilter.nerf.data.NerfReleases;
import org.edgefilter.nerf.data.ViewSet;
import org.edgefilter.nerf.metrics.Lpips;
import org.edgefilter.nerf.metrics.PerceptualMetric;
import org.edgefilter.nerf.model.NerfModel;
import org.edgefilter.nerf.render.PngImages;

/**
 * One arm of the NeRF experiment in its run directory {@code
 * <runs>/nerf/<experiment>/<arm>/seed-<n>/}: {@code config.json}, training (resumable from {@code
 * checkpoint/}, logged to {@code metrics.jsonl} and TensorBoard), the rendered test views under
 * {@code renders/}, per-view scores in {@code views.json}, and {@code result.json} last with the
 * mean {@code psnr}, {@code ssim}, {@code mae} (and LPIPS only when computed).
 */
public final class NerfRun {

  /** The modality name of the run directories. */
  public static final String MODALITY = "nerf";

  /** The folder of rendered test views inside a run directory. */
  public static final String RENDERS = "renders";

  /** The per-view scores file inside a run directory. */
  public static final String VIEWS_FILE = "views.json";

  private NerfRun() {}

  /**
   * The shared data's {@code nerf_lego_400} keeps every 8th test view of the original (r_0, r_8,
   * ..., r_192; shared data README): test position p there is position 8p in the original file.
   */
  static final int SHARED_TEST_STRIDE = 8;

  /** Test views in the shared copy: r_0 .. r_192 in steps of {@link #SHARED_TEST_STRIDE}. */
  static final int SHARED_TEST_VIEWS = 25;

  /**
   * Reads the scene's training and test views named by {@code config}. For the presets' scene
   * ({@link NerfPresets#LEGO}, the shared data's 400x400 copy), the original 800x800 scene that
   * {@code ./edgefilter nerf download lego} unpacks is read instead when the copy is absent: at
   * twice the downscale factor (the copy is a 2x2 area downsample of it) and with the copy's test
   * views, so a preset sees the same views at the same size (up to the copy's 8-bit rounding).
   *
   * @throws org.edgefilter.framework.io.MissingDataException naming the paths when the scene folder
   *     is missing
   */
  public static FewShotScene loadScene(NerfConfig config, DataLocator data) {
    FewShotSplit split = new FewShotSplit(config.trainViews(), config.testViews());
    Path sceneDir = data.resolve(config.scene());
    if (Files.isDirectory(sceneDir)) {
      return FewShotScene.load(sceneDir, split, config.downscale());
    }
    String what =
        "NeRF Blender scene '"
            + config.scene()
            + "' (transforms_train.json,"
            + " transforms_test.json, train/ and test/ PNGs)";
    if (!config.scene().equals(NerfPresets.LEGO)) {
      throw data.missing(what, null, List.of(sceneDir));
    }
    Path original = data.resolve(NerfReleases.LEGO_DIR);
    if (!Files.isDirectory(original)) {
      throw data.missing(
          what + ", or the original lego scene it is derived from",
          NerfReleases.LEGO.remedy(),
          List.of(sceneDir, original));
    }
    List<Integer> test = new ArrayList<>();
    if (config.testViews().isEmpty()) {
      for (int k = 0; k < SHARED_TEST_VIEWS; k++) {
        test.add(k * SHARED_TEST_STRIDE);
      }
    } else {
      for (int position : config.testViews()) {
        test.add(position * SHARED_TEST_STRIDE);
      }
    }
    return FewShotScene.load(
        original, new FewShotSplit(config.trainViews(), test), 2 * config.downscale());
  }

  /** The address of the run of {@code armConfig} (an arm's configuration). */
  public static RunPath address(Path runs, String experiment, NerfConfig armConfig, long seed) {
    return new RunPath(runs, MODALITY, experiment, armConfig.armName(), seed);
  }

  /** The LPIPS metric of {@code config}: with its weights, or "not computed". */
  public static PerceptualMetric lpips(NerfConfig config) {
    return Lpips.load(
        config.lpipsWeights().isBlank()
            ? Optional.empty()
            : Optional.of(Path.of(config.lpipsWeights())));
  }

  /**
   * Trains and evaluates one arm, or reuses it if its {@code result.json} already exists with the
   * same configuration. A run interrupted during training resumes from its last checkpoint.
   *
   * @param base the experiment's configuration; the arm adjusts the filter slot
   * @throws IllegalStateException if the run directory holds a different configuration
   */
  public static ArmResult run(
      NerfConfig base,
      Arm arm,
      FewShotScene scene,
      String experiment,
      long seed,
      Path runs,
      PrintStream out) {
    NerfConfig config = arm.configure(base);
    // Settings that do not fit the scene are refused before the run folder gets a file.
    int window = org.edgefilter.nerf.metrics.Ssim.Options.STANDARD.windowSize();
    var test = scene.test().camera();
    if (test.width() < window || test.height() < window) {
      // Found only at evaluation otherwise, after the whole training.
      throw new ConfigException(
          "the test views are "
              + test.width()
              + "x"
              + test.height()
              + " pixels at this downscale; SSIM needs at least "
              + window
              + "x"
              + window
              + ": lower the downscale");
    }
    long pixels = scene.train().pixelCount();
    if (config.train().batchSize() > pixels) {
      throw new ConfigException(
          "train.batchSize "
              + config.train().batchSize()
              + " exceeds the "
              + pixels
              + " training pixels ("
              + scene.train().size()
              + " views of "
              + scene.train().camera().width()
              + "x"
              + scene.train().camera().height()
              + "); lower train.batchSize or the downscale");
    }
    RunDirectory run = RunDirectory.open(address(runs, experiment, config, seed));
    run.writeConfig(config);
    if (run.completed()) {
      out.println(arm.label() + ": " + run.resultFile() + " exists; reusing the completed run");
      RunResult result = RunResult.read(run.resultFile());
      String note = result.metrics().containsKey(Lpips.NAME) ? "" : "not in the completed run";
      return new ArmResult(arm, run.path(), result, true, note);
    }
    PerceptualMetric lpips = lpips(config);
    try (NerfModel nerf = NerfModel.build(config.modelConfig(), seed, config.threads())) {
      out.printf(
          Locale.ROOT,
          "%s: %,d trainable values (coarse and fine networks), filter %s%n",
          arm.label(),
          nerf.model().registry().trainableValueCount(),
          config.filter().describe());
      long trainStart = System.nanoTime();
      TrainSummary summary = NerfTraining.train(nerf, scene.train(), config, run, out);
      double trainSeconds = (System.nanoTime() - trainStart) / 1e9;
      long evalStart = System.nanoTime();
      Evaluation evaluation = evaluate(nerf, scene.test(), config, lpips, arm.label(), out);
      double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
      writeRenders(run.path().resolve(RENDERS), evaluation);
      Json.writeFile(run.path().resolve(VIEWS_FILE), evaluation.scores());
      Map<String, Double> metrics = evaluation.means(lpips.name());
      try (MetricsLog log = run.openMetricsLog()) {
        Map<String, Double> timing = new LinkedHashMap<>(metrics);
        timing.put("train_seconds", trainSeconds);
        timing.put("eval_seconds", evalSeconds);
        log.logEvaluation(summary.steps(), timing);
      }
      out.printf(
          Locale.ROOT,
          "%s: %d steps, training %.0f s (this process), evaluation of %d views %.0f s%n",
          arm.label(),
          summary.steps(),
          trainSeconds,
          evaluation.scores().size(),
          evalSeconds);
      RunResult result = run.writeResult(metrics, Evaluation.higherIsBetter(metrics));
      return new ArmResult(arm, run.path(), result, false, evaluation.lpipsNote());
    }
  }

  /** Renders and scores {@code test}, printing a line per view. */
  static Evaluation evaluate(
      NerfModel nerf,
      ViewSet test,
      NerfConfig config,
      PerceptualMetric lpips,
      String label,
      PrintStream out) {
    return Evaluation.run(
        nerf,
        test,
        config.pixels(),
        config.renderChunk(),
        lpips,
        (done, all) -> {
          if (done == all || done % 5 == 0) {
            out.println(label + " evaluate: " + done + "/" + all + " test views rendered");
          }
        });
  }

  /** Writes each render as {@code <view name>.png} (8-bit, atomically). */
  static void writeRenders(Path folder, Evaluation evaluation) {
    List<ViewScore> scores = evaluation.scores();
    for (int k = 0; k < scores.size(); k++) {
      PngImages.write(evaluation.renders().get(k), folder.resolve(scores.get(k).name() + ".png"));
    }
  }
}
