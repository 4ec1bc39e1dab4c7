package org.edgefilter.nerf.render;

/**
 * What {@link VolumeRenderer} returns for a batch of N rays with S samples each.
 *
 * @param rgb [N, 3] composited color
 * @param depth [N] expected ray parameter {@code sum_i w_i t_i} (not divided by the opacity, as
 *     NeRF's {@code depth_map})
 * @param opacity [N] accumulated opacity {@code sum_i w_i}
 * @param weights [N, S] per-sample weights {@code w_i = T_i alpha_i}, the input to {@link
 *     HierarchicalSampler}
 */
public record Rendering(float[] rgb, float[] depth, float[] opacity, float[] weights) {}
