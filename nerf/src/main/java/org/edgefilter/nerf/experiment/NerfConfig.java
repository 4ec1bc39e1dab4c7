package org.edgefilter.nerf.experiment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edgefilter.framework.cli.Presets;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.nerf.geometry.PixelConvention;
import org.edgefilter.nerf.model.FilterAxis;
import org.edgefilter.nerf.model.MlpConfig;
import org.edgefilter.nerf.model.NerfFilterConfig;
import org.edgefilter.nerf.model.NerfModelConfig;
import org.edgefilter.nerf.model.SamplingConfig;

/**
 * A few-shot NeRF run: which scene and views, the model, the optimization and the evaluation.
 * Presets live in {@link NerfPresets}; {@code --set key=value} overrides any field (nested ones
 * dotted, e.g. {@code mlp.width=128}, {@code filter.kernelSize=5}, {@code filter.axis=samples}).
 *
 * @param scene the scene folder relative to the data root (e.g. {@code nerf_lego_400})
 * @param downscale integer factor applied to every image (train and test), 1 for full size
 * @param trainViews positions in {@code transforms_train.json} (the DietNeRF 8-view split)
 * @param testViews positions in {@code transforms_test.json}; empty for every test view present
 * @param pixels where inside a pixel its ray passes
 * @param mlp the shape of both MLPs
 * @param filter the EdgeFilter of the filter arm (the baseline arm uses its IDENTITY mode);
 *     positions 1..{@code mlp.depth} (see {@link NerfFilterConfig})
 * @param filterAxis {@code filter.axis}: the axis the 1D filter runs along
 * @param sampling coarse and fine samples per ray, ray interval
 * @param train optimization
 * @param renderChunk rays per session run when rendering whole views
 * @param threads TensorFlow threads; 0 for TensorFlow's default (all cores)
 * @param lpipsWeights path of the LPIPS AlexNet weights (.npz, see {@link
 *     org.edgefilter.nerf.metrics.Lpips}); empty when not available, and then LPIPS is reported as
 *     not computed
 * @param comparisonViews how many test views the side-by-side comparison shows
 */
public record NerfConfig(
    String scene,
    int downscale,
    List<Integer> trainViews,
    List<Integer> testViews,
    PixelConvention pixels,
    MlpConfig mlp,
    FilterConfig filter,
    @Presets.Key("filter.axis") FilterAxis filterAxis,
    SamplingConfig sampling,
    TrainConfig train,
    int renderChunk,
    int threads,
    String lpipsWeights,
    int comparisonViews) {

  public NerfConfig {
    Objects.requireNonNull(scene, "scene");
    if (scene.isBlank()) {
      throw new IllegalArgumentException("scene must name a folder under the data root");
    }
    if (downscale < 1) {
      throw new IllegalArgumentException("downscale must be >= 1, got " + downscale);
    }
    trainViews = List.copyOf(trainViews);
    testViews = List.copyOf(testViews);
    if (trainViews.isEmpty()) {
      throw new IllegalArgumentException("trainViews must not be empty");
    }
    Objects.requireNonNull(pixels, "pixels");
    Objects.requireNonNull(train, "train");
    if (renderChunk < 1) {
      throw new IllegalArgumentException("renderChunk must be >= 1, got " + renderChunk);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0, got " + threads);
    }
    lpipsWeights = lpipsWeights == null ? "" : lpipsWeights;
    if (comparisonViews < 0) {
      throw new IllegalArgumentException("comparisonViews must be >= 0, got " + comparisonViews);
    }
    new NerfModelConfig(mlp, new NerfFilterConfig(filter, filterAxis), sampling);
  }

  /** Keys of earlier versions and their names now. */
  public static final Map<String, String> RENAMED_KEYS =
      Map.of(
          "filter.afterLayer", "filter.position",
          "filter.lowPass", "filter.kind",
          "train.batchRays", "train.batchSize");

  /** The graph configuration: MLP shape, filter slot, sampling. */
  public NerfModelConfig modelConfig() {
    return new NerfModelConfig(mlp, new NerfFilterConfig(filter, filterAxis), sampling);
  }

  /** This configuration with another filter slot. */
  public NerfConfig withFilter(FilterConfig newFilter) {
    return new NerfConfig(
        scene,
        downscale,
        trainViews,
        testViews,
        pixels,
        mlp,
        newFilter,
        filterAxis,
        sampling,
        train,
        renderChunk,
        threads,
        lpipsWeights,
        comparisonViews);
  }

  /** The arm folder of this configuration: {@code baseline} or the filter's arm name. */
  public String armName() {
    return modelConfig().filter().armName();
  }
}
