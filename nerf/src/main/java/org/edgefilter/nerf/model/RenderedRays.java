package org.edgefilter.nerf.model;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The graph outputs of {@link VolumeRendering} for N rays of S samples; the same quantities as the
 * plain-Java {@link org.edgefilter.nerf.render.Rendering}.
 *
 * @param rgb [N, 3] composited color
 * @param weights [N, S] sample weights {@code T_i alpha_i}
 * @param depth [N] expected depth {@code sum_i w_i t_i}
 * @param opacity [N] accumulated opacity {@code sum_i w_i}
 */
public record RenderedRays(
    Operand<TFloat32> rgb,
    Operand<TFloat32> weights,
    Operand<TFloat32> depth,
    Operand<TFloat32> opacity) {}
