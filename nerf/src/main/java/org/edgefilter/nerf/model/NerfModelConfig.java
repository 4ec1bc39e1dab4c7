package org.edgefilter.nerf.model;

import java.util.Objects;

/**
 * Everything that fixes a NeRF graph: the MLP shape (shared by the coarse and the fine network),
 * the filter slot, and the samples per ray.
 *
 * @param mlp both networks' shape
 * @param filter the EdgeFilter slot of both networks
 * @param sampling coarse and fine samples per ray and the ray interval
 */
public record NerfModelConfig(MlpConfig mlp, NerfFilterConfig filter, SamplingConfig sampling) {

  public NerfModelConfig {
    Objects.requireNonNull(mlp, "mlp");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sampling, "sampling");
    NerfFilterConfig.positions(mlp.depth()).check(filter.shared());
  }
}
