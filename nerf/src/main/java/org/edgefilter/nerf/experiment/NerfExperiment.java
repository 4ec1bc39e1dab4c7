package org.edgefilter.nerf.experiment;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.framework.plot.FloatImage;
import org.edgefilter.framework.plot.ImageGrid;
import org.edgefilter.nerf.data.FewShotScene;
import org.edgefilter.nerf.data.RgbaPng;
import org.edgefilter.nerf.data.View;
import org.edgefilter.nerf.metrics.Lpips;

/**
 * The NeRF study: the baseline arm and the filter arm on the same scene, views, seed and budget,
 * each in its own run directory, then a side-by-side image of the first test views (ground truth,
 * baseline, filter) in {@code <runs>/nerf/<experiment>/comparison.png} and a printed table.
 */
public final class NerfExperiment {

  /** The comparison image's file name inside {@code <runs>/nerf/<experiment>/}. */
  public static final String COMPARISON = "comparison.png";

  private NerfExperiment() {}

  /**
   * What the experiment produced.
   *
   * @param arms baseline then filter
   * @param comparison the side-by-side PNG, or null when {@code comparisonViews} is 0
   */
  public record Outcome(List<ArmResult> arms, Path comparison) {}

  /** Runs (or reuses) both arms, writes the comparison and prints the table. */
  public static Outcome run(
      NerfConfig config,
      String experiment,
      long seed,
      DataLocator data,
      Path runs,
      PrintStream out) {
    FewShotScene scene = NerfRun.loadScene(config, data);
    out.printf(
        Locale.ROOT,
        "nerf %s: %s, %d train views, %d test views at %dx%d, seed %d%n",
        experiment,
        config.scene(),
        scene.train().size(),
        scene.test().size(),
        scene.test().camera().width(),
        scene.test().camera().height(),
        seed);
    List<ArmResult> arms = new ArrayList<>();
    for (Arm arm : Arm.values()) {
      arms.add(NerfRun.run(config, arm, scene, experiment, seed, runs, out));
    }
    Path comparison = null;
    if (config.comparisonViews() > 0) {
      comparison = runs.resolve(NerfRun.MODALITY).resolve(experiment).resolve(COMPARISON);
      writeComparison(scene, arms, config.comparisonViews(), comparison);
      out.println("side-by-side: " + comparison);
    }
    out.print(table(arms));
    return new Outcome(List.copyOf(arms), comparison);
  }

  /**
   * A grid with one row per test view (its first {@code views}) and the columns ground truth, then
   * each arm's render read back from its {@code renders/} folder.
   */
  static void writeComparison(FewShotScene scene, List<ArmResult> arms, int views, Path file) {
    int rows = Math.min(views, scene.test().size());
    int width = scene.test().camera().width();
    ImageGrid.Builder grid =
        ImageGrid.builder(rows, 1 + arms.size()).optScale(Math.max(1, 200 / width));
    List<String> rowLabels = new ArrayList<>();
    List<String> columns = new ArrayList<>(List.of("ground truth"));
    arms.forEach(a -> columns.add(a.arm().label()));
    for (int r = 0; r < rows; r++) {
      View view = scene.test().get(r);
      String name = Evaluation.fileName(view);
      rowLabels.add(name);
      grid.set(r, 0, floatImage(view.image()));
      for (int a = 0; a < arms.size(); a++) {
        Path render = arms.get(a).rendersDirectory().resolve(name + ".png");
        if (!Files.isRegularFile(render)) {
          throw new IllegalStateException("missing render " + render + " of a completed run");
        }
        grid.set(r, a + 1, floatImage(RgbaPng.readOnWhite(render)));
      }
    }
    grid.optRowLabels(rowLabels).optColumnLabels(columns).build().writePng(file);
  }

  private static FloatImage floatImage(RgbImage image) {
    return FloatImage.rgb(image.pixels(), image.height(), image.width());
  }

  /** The printed summary: one line per arm with its metrics and run directory. */
  static String table(List<ArmResult> arms) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT, "%-9s %8s %7s %7s  %s%n", "arm", "PSNR", "SSIM", "MAE", "LPIPS"));
    String note = "";
    for (ArmResult a : arms) {
      var m = a.result().metrics();
      String lpips =
          m.containsKey(Lpips.NAME)
              ? String.format(Locale.ROOT, "%.4f", m.get(Lpips.NAME))
              : "not computed";
      note = m.containsKey(Lpips.NAME) ? note : a.lpipsNote();
      s.append(
          String.format(
              Locale.ROOT,
              "%-9s %8.3f %7.4f %7.4f  %s%n",
              a.arm().label(),
              m.get(Evaluation.PSNR),
              m.get(Evaluation.SSIM),
              m.get(Evaluation.MAE),
              lpips));
    }
    if (!note.isEmpty()) {
      s.append("LPIPS not computed: ").append(note).append('\n');
    }
    for (ArmResult a : arms) {
      s.append(a.arm().label()).append(": ").append(a.runDirectory()).append('\n');
    }
    return s.toString();
  }
}
