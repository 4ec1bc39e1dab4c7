package org.edgefilter.nerf.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.nerf.data.View;
import org.edgefilter.nerf.data.ViewSet;
import org.edgefilter.nerf.geometry.PixelConvention;
import org.edgefilter.nerf.geometry.RayGenerator;
import org.edgefilter.nerf.metrics.Mae;
import org.edgefilter.nerf.metrics.PerceptualMetric;
import org.edgefilter.nerf.metrics.PerceptualScore;
import org.edgefilter.nerf.metrics.Psnr;
import org.edgefilter.nerf.metrics.Ssim;
import org.edgefilter.nerf.model.NerfModel;

/**
 * A trained NeRF's renders of the test views and their metrics: per view PSNR, SSIM, MAE and (only
 * when the LPIPS weights were given) LPIPS; the reported numbers are the means over the views, as
 * the NeRF literature averages per-image values.
 *
 * @param renders the rendered views, in the order of {@code scores}
 * @param scores one per test view
 * @param lpipsNote empty when LPIPS was computed, else why not
 */
public record Evaluation(List<RgbImage> renders, List<ViewScore> scores, String lpipsNote) {

  /** Metric names in result.json. */
  public static final String PSNR = "psnr";

  public static final String SSIM = "ssim";
  public static final String MAE = "mae";

  public Evaluation {
    renders = List.copyOf(renders);
    scores = List.copyOf(scores);
  }

  /**
   * Renders every view of {@code test} with the fine network and scores it.
   *
   * @param chunk rays per session run
   * @param onView called after each view with (views done, views in all), e.g. for progress
   */
  public static Evaluation run(
      NerfModel nerf,
      ViewSet test,
      PixelConvention pixels,
      int chunk,
      PerceptualMetric lpips,
      BiConsumer<Integer, Integer> onView) {
    List<RgbImage> renders = new ArrayList<>();
    List<ViewScore> scores = new ArrayList<>();
    String note = "";
    for (int k = 0; k < test.size(); k++) {
      View view = test.get(k);
      RgbImage truth = view.image();
      float[] rgb =
          nerf.render(RayGenerator.allPixels(view.camera(), view.pose(), pixels), chunk).rgb();
      RgbImage render = new RgbImage(truth.height(), truth.width(), rgb);
      PerceptualScore perceptual = lpips.score(truth, render);
      OptionalDouble value = perceptual.value();
      if (!perceptual.isComputed()) {
        note = perceptual.note();
      }
      renders.add(render);
      scores.add(
          new ViewScore(
              view.id(),
              fileName(view),
              Psnr.compute(truth, render),
              Ssim.compute(truth, render),
              Mae.compute(truth, render),
              value.isPresent() ? value.getAsDouble() : null));
      onView.accept(k + 1, test.size());
    }
    return new Evaluation(renders, scores, note);
  }

  /** The name of a view's image file without folders or extension, e.g. {@code r_8}. */
  public static String fileName(View view) {
    String path = view.filePath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.toLowerCase(Locale.ROOT).endsWith(".png")
        ? name.substring(0, name.length() - 4)
        : name;
  }

  /** Whether LPIPS was computed for every view. */
  public boolean lpipsComputed() {
    return lpipsNote.isEmpty();
  }

  /**
   * The means over the views: {@code psnr}, {@code ssim}, {@code mae}, and the LPIPS metric's name
   * only when it was computed (never a placeholder value).
   */
  public Map<String, Double> means(String lpipsName) {
    Map<String, Double> means = new LinkedHashMap<>();
    means.put(PSNR, scores.stream().mapToDouble(ViewScore::psnr).average().orElseThrow());
    means.put(SSIM, scores.stream().mapToDouble(ViewScore::ssim).average().orElseThrow());
    means.put(MAE, scores.stream().mapToDouble(ViewScore::mae).average().orElseThrow());
    if (lpipsComputed()) {
      means.put(lpipsName, scores.stream().mapToDouble(ViewScore::lpips).average().orElseThrow());
    }
    return means;
  }

  /** Direction of every metric {@link #means} may report: lower is better for MAE and LPIPS. */
  public static Map<String, Boolean> higherIsBetter(Map<String, Double> metrics) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (String name : metrics.keySet()) {
      out.put(name, name.equals(PSNR) || name.equals(SSIM));
    }
    return out;
  }
}
