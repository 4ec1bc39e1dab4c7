package org.edgefilter.nerf.model;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * What a NeRF MLP gives for N rays with S samples each.
 *
 * @param rgb [N, S, 3] colors in (0, 1)
 * @param sigma [N, S] densities >= 0
 */
public record Field(Operand<TFloat32> rgb, Operand<TFloat32> sigma) {}
