package org.edgefilter.nerf.model;

import java.util.Random;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.train.Feeds;

/**
 * Prints how long one training step (coarse probe, host fine sampling, Adam step) and rendering
 * take for a few MLP sizes, with and without the filter, on random rays through the Blender bounds.
 * Usage: {@code NerfStepBenchmark [rays] [coarse] [fine] [steps]} (defaults 1024 32 32 20).
 */
public final class NerfStepBenchmark {

  private NerfStepBenchmark() {}

  /** Runs the benchmark; one line per configuration. */
  public static void main(String[] args) {
    int rays = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
    int coarse = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int fineCount = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    int steps = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    int[][] shapes = {{64, 4, 2}, {128, 4, 2}, {128, 6, 3}, {256, 8, 5}};
    System.out.printf(
        "%d rays, %d + %d samples, %d cores%n",
        rays, coarse, fineCount, Runtime.getRuntime().availableProcessors());
    for (int[] shape : shapes) {
      for (FilterMode mode : new FilterMode[] {FilterMode.IDENTITY, FilterMode.HIGH_PASS}) {
        MlpConfig mlp = new MlpConfig(shape[0], shape[1], shape[2], 10, 4, DensityActivation.RELU);
        NerfFilterConfig filter =
            NerfFilterConfig.highPass(FilterAxis.FEATURES, shape[1], 3).withMode(mode);
        SamplingConfig sampling = new SamplingConfig(coarse, fineCount, 2, 6);
        try (NerfModel nerf = NerfModel.build(new NerfModelConfig(mlp, filter, sampling), 0, 0)) {
          nerf.model().initialize();
          Random random = new Random(1);
          double seconds = 0;
          for (int step = 0; step < steps + 3; step++) {
            float[] o = new float[3 * rays];
            float[] d = new float[3 * rays];
            float[] rgb = new float[3 * rays];
            for (int k = 0; k < rays; k++) {
              o[3 * k + 2] = 4;
              d[3 * k] = (float) (random.nextDouble() - 0.5) * 0.6f;
              d[3 * k + 1] = (float) (random.nextDouble() - 0.5) * 0.6f;
              d[3 * k + 2] = -1;
              rgb[3 * k] = random.nextFloat();
            }
            long start = System.nanoTime();
            float[] tc = sampling.coarse(rays, random);
            float[] tf = sampling.fine(rays, tc, nerf.coarseWeights(rays, o, d, tc), random);
            try (Feeds feeds = nerf.trainingFeeds(rays, o, d, rgb, tc, tf)) {
              nerf.trainStep().run(feeds, 5e-4, step);
            }
            if (step >= 3) {
              seconds += (System.nanoTime() - start) / 1e9;
            }
          }
          System.out.printf(
              "width %3d depth %d %-9s: %6.1f ms/step%n",
              shape[0], shape[1], mode, 1000 * seconds / steps);
        }
      }
    }
  }
}
