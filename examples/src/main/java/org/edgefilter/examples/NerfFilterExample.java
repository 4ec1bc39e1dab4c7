package org.edgefilter.examples;

import java.util.Random;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.nerf.geometry.Camera;
import org.edgefilter.nerf.geometry.CameraPose;
import org.edgefilter.nerf.geometry.PixelConvention;
import org.edgefilter.nerf.geometry.RayGenerator;
import org.edgefilter.nerf.geometry.Rays;
import org.edgefilter.nerf.model.DensityActivation;
import org.edgefilter.nerf.model.FilterAxis;
import org.edgefilter.nerf.model.MlpConfig;
import org.edgefilter.nerf.model.NerfFilterConfig;
import org.edgefilter.nerf.model.NerfModel;
import org.edgefilter.nerf.model.NerfModelConfig;
import org.edgefilter.nerf.model.RayColors;
import org.edgefilter.nerf.model.SamplingConfig;

/**
 * The NeRF renderer with the EdgeFilter in its MLP, fitted to one batch of rays.
 *
 * <p>A 16 x 16 pinhole camera four units from the origin looks down -z; its target image is a red
 * disc on white. The NeRF (coarse and fine MLPs of 4 layers of 32 units, the 1D high-pass mean
 * filter, k = 3, across the hidden features after layer 2) renders the 256 rays with 16 coarse and
 * 16 fine samples each in [2, 6] and is trained for a few Adam steps on that one batch; then the
 * whole image is rendered. The ray sampling (stratified, then hierarchical) runs on the host, the
 * MLP and the volume rendering in the graph.
 *
 * <p>{@link NerfModel} owns a graph and a session: close it.
 */
public final class NerfFilterExample {

  static final int SIDE = 16;

  /**
   * What a run measured.
   *
   * @param losses training loss (coarse plus fine mean squared error) of every step
   * @param rgb the rendered image after training, {@code [256, 3]}
   * @param opacity accumulated opacity of each rendered ray, {@code [256]}
   * @param filter the filter placement in words, e.g. {@code high-pass mean k=3 ...}
   */
  public record Result(float[] losses, float[] rgb, float[] opacity, String filter) {}

  private NerfFilterExample() {}

  /** Trains for 30 steps and prints the loss curve's ends. */
  public static void main(String[] args) {
    Result r = run(30, 0);
    System.out.printf(
        "%s%nloss %.4f -> %.4f%n", r.filter(), r.losses()[0], r.losses()[r.losses().length - 1]);
  }

  /**
   * Fits the NeRF to the target image's rays.
   *
   * @param steps Adam steps, all on the same 256 rays
   * @param seed drives the weights and the depth jitter
   */
  public static Result run(int steps, long seed) {
    MlpConfig mlp = new MlpConfig(32, 4, 2, 6, 2, DensityActivation.RELU);
    NerfFilterConfig filter = NerfFilterConfig.highPass(FilterAxis.FEATURES, 2, 3);
    SamplingConfig sampling = new SamplingConfig(16, 16, 2.0, 6.0);
    NerfModelConfig config = new NerfModelConfig(mlp, filter, sampling);

    Camera camera = new Camera(SIDE, SIDE, 20.0);
    CameraPose pose =
        CameraPose.of(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new double[] {0, 0, 4});
    Rays rays = RayGenerator.allPixels(camera, pose, PixelConvention.CENTER);
    float[] target = redDisc(); // [256, 3]
    int n = rays.size();

    Random random = new Random(seed);
    try (NerfModel nerf = NerfModel.build(config, seed, 0)) {
      nerf.model().initialize();
      float[] losses = new float[steps];
      for (int step = 0; step < steps; step++) {
        // Coarse depths, the coarse network's weights, then fine depths drawn from them.
        float[] coarse = sampling.coarse(n, random); // [N, 16]
        float[] weights = nerf.coarseWeights(n, rays.origins(), rays.directions(), coarse);
        float[] fine = sampling.fine(n, coarse, weights, random); // [N, 32]
        try (Feeds feeds =
            nerf.trainingFeeds(n, rays.origins(), rays.directions(), target, coarse, fine)) {
          losses[step] = (float) nerf.trainStep().run(feeds, 5e-3, step).loss();
        }
      }
      RayColors image = nerf.render(rays, 128); // fine network, deterministic depths
      return new Result(losses, image.rgb(), image.opacity(), filter.describe());
    }
  }

  /** The target: a red disc of radius 5 px in the middle of a white 16 x 16 image. */
  static float[] redDisc() {
    float[] rgb = new float[SIDE * SIDE * 3];
    for (int j = 0; j < SIDE; j++) {
      for (int i = 0; i < SIDE; i++) {
        double dx = i + 0.5 - SIDE / 2.0;
        double dy = j + 0.5 - SIDE / 2.0;
        boolean inside = dx * dx + dy * dy < 25;
        int at = 3 * (j * SIDE + i);
        rgb[at] = inside ? 0.9f : 1f;
        rgb[at + 1] = inside ? 0.2f : 1f;
        rgb[at + 2] = inside ? 0.2f : 1f;
      }
    }
    return rgb;
  }
}
