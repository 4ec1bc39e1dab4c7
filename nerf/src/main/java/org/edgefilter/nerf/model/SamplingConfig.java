package org.edgefilter.nerf.model;

import java.util.Random;
import org.edgefilter.nerf.geometry.SceneBounds;
import org.edgefilter.nerf.render.HierarchicalSampler;
import org.edgefilter.nerf.render.StratifiedSampler;

/**
 * How depths along each ray are chosen (NeRF sec. 5.2): S_c stratified depths in [near, far] for
 * the coarse network, then S_f more drawn from the coarse weights by inverse transform sampling;
 * the fine network sees all S_c + S_f, sorted.
 *
 * <p>Both steps run on the host with the plain-Java {@link StratifiedSampler} and {@link
 * HierarchicalSampler}: the coarse network is run once to fetch its weights, the fine depths are
 * drawn in Java, and only then does the training step (or the fine render) run. This keeps sorting
 * and searching (TopK and search ops, some without gradients) out of the graph, at the cost of one
 * extra coarse forward pass per batch. The fine depths carry no gradient either way (NeRF stops
 * it).
 *
 * @param coarseSamples S_c >= 3 (the fine bins need at least 3 coarse depths)
 * @param fineSamples S_f >= 1
 * @param near start of the ray interval
 * @param far end of the ray interval
 */
public record SamplingConfig(int coarseSamples, int fineSamples, double near, double far) {

  public SamplingConfig {
    if (coarseSamples < 3) {
      throw new IllegalArgumentException("need at least 3 coarse samples, got " + coarseSamples);
    }
    if (fineSamples < 1) {
      throw new IllegalArgumentException("need at least 1 fine sample, got " + fineSamples);
    }
    new SceneBounds(near, far);
  }

  /** NeRF's Blender setting: 64 coarse and 128 fine samples in [2, 6]. */
  public static SamplingConfig nerfBlender() {
    return new SamplingConfig(64, 128, SceneBounds.BLENDER.near(), SceneBounds.BLENDER.far());
  }

  /** S_c + S_f, the samples per ray of the fine network. */
  public int totalSamples() {
    return coarseSamples + fineSamples;
  }

  /**
   * Coarse depths.
   *
   * @param random jitter source (training); null for the evenly spaced depths (rendering)
   * @return [N, S_c] sorted
   */
  public float[] coarse(int numRays, Random random) {
    return new StratifiedSampler(new SceneBounds(near, far), coarseSamples).sample(numRays, random);
  }

  /**
   * Coarse and fine depths merged.
   *
   * @param coarse [N, S_c] from {@link #coarse}
   * @param weights [N, S_c] the coarse network's weights at those depths
   * @param random source of the inverse-CDF draws; null for NeRF's deterministic {@code linspace(0,
   *     1, S_f)} (rendering)
   * @return [N, S_c + S_f] sorted
   */
  public float[] fine(int numRays, float[] coarse, float[] weights, Random random) {
    return HierarchicalSampler.fineSamples(numRays, coarse, weights, fineSamples, random);
  }
}
