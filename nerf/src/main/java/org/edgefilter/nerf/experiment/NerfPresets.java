package org.edgefilter.nerf.experiment;

import java.util.List;
import org.edgefilter.framework.cli.Presets;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.nerf.data.FewShotSplit;
import org.edgefilter.nerf.geometry.PixelConvention;
import org.edgefilter.nerf.model.DensityActivation;
import org.edgefilter.nerf.model.FilterAxis;
import org.edgefilter.nerf.model.MlpConfig;
import org.edgefilter.nerf.model.SamplingConfig;

/**
 * The NeRF presets, all on lego with the DietNeRF 8-view split and a mean high-pass filter with k =
 * 3 along the hidden features after the last hidden layer (our choice of place; the paper does not
 * state it):
 *
 * <ul>
 *   <li>{@code smoke}: 50x50, a 16-wide 2-layer MLP, 8 + 8 samples, one epoch, two test views;
 *       seconds, for tests.
 *   <li>{@code quick}: 100x100 (downscale 4), a 64-wide 4-layer MLP, 32 + 32 samples, 24 epochs of
 *       1024 rays (1872 steps) at 2e-3 decaying to 2e-4, all 25 test views at 100x100; about 7
 *       minutes an arm on 2 idle CPU cores. The small MLP trains well at four times NeRF's rate: on
 *       lego (seed 0, baseline) 5e-4 for 12 epochs gave PSNR 18.2, 2e-3 gave 20.4, and 2e-3 for 24
 *       epochs 21.4 (a 128-wide MLP for 12 epochs: 21.0 at 2.3x the cost).
 *   <li>{@code paper}: 400x400, NeRF's MLP (8 x 256, skip after 5), 64 + 128 samples, 1024 rays per
 *       step for 160 epochs (200k steps), learning rate 5e-4 to 5e-5; a GPU job.
 * </ul>
 */
public final class NerfPresets {

  /** The shared data's lego scene at 400x400. */
  public static final String LEGO = "nerf_lego_400";

  private NerfPresets() {}

  /** smoke, quick and paper. */
  public static Presets<NerfConfig> presets() {
    return Presets.builder(NerfConfig.class)
        .add("smoke", smoke())
        .add("quick", quick())
        .add("paper", paper())
        .renamed(NerfConfig.RENAMED_KEYS)
        .build();
  }

  static NerfConfig smoke() {
    MlpConfig mlp = new MlpConfig(16, 2, 1, 4, 2, DensityActivation.RELU);
    return new NerfConfig(
        LEGO,
        8,
        FewShotSplit.DIETNERF_8.trainIds(),
        List.of(0, 12),
        PixelConvention.CENTER,
        mlp,
        FilterConfig.highPassMean(3, 2),
        FilterAxis.FEATURES,
        new SamplingConfig(8, 8, 2, 6),
        new TrainConfig(512, 1, 5e-4, 5e-5, 10, 0),
        2500,
        0,
        "",
        2);
  }

  static NerfConfig quick() {
    MlpConfig mlp = new MlpConfig(64, 4, 2, 10, 4, DensityActivation.RELU);
    return new NerfConfig(
        LEGO,
        4,
        FewShotSplit.DIETNERF_8.trainIds(),
        List.of(),
        PixelConvention.CENTER,
        mlp,
        FilterConfig.highPassMean(3, 4),
        FilterAxis.FEATURES,
        new SamplingConfig(32, 32, 2, 6),
        new TrainConfig(1024, 24, 2e-3, 2e-4, 20, 0),
        4096,
        0,
        "",
        4);
  }

  static NerfConfig paper() {
    return new NerfConfig(
        LEGO,
        1,
        FewShotSplit.DIETNERF_8.trainIds(),
        List.of(),
        PixelConvention.CENTER,
        MlpConfig.NERF,
        FilterConfig.highPassMean(3, 8),
        FilterAxis.FEATURES,
        SamplingConfig.nerfBlender(),
        new TrainConfig(1024, 160, 5e-4, 5e-5, 100, 1000),
        4096,
        0,
        "",
        4);
  }
}
