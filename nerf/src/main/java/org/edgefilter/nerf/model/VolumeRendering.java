package org.edgefilter.nerf.model;

import java.util.List;
import org.edgefilter.nerf.render.VolumeRenderer;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.index.Indices;
import org.tensorflow.op.Ops;
import org.tensorflow.op.math.Cumsum;
import org.tensorflow.types.TFloat32;

/**
 * NeRF's emission-absorption rendering (Mildenhall et al. 2020, eq. 3, {@code raw2outputs}) as
 * differentiable graph ops; the same formulas as the plain-Java {@link VolumeRenderer}, against
 * which it is tested:
 *
 * <pre>
 *   delta_i = (t_{i+1} - t_i) |d|,  delta_S = 1e10 |d|
 *   alpha_i = 1 - exp(-sigma_i delta_i)
 *   T_i     = exp(-sum_{j &lt; i} sigma_j delta_j)      (exclusive cumulative sum)
 *   w_i     = T_i alpha_i
 *   rgb     = sum_i w_i c_i + (1 - sum_i w_i) background
 * </pre>
 *
 * Transmittance is {@code exp(-exclusive cumsum)} rather than a cumulative product of {@code 1 -
 * alpha} because TensorFlow has no C++ gradient for Cumprod (DESIGN.md).
 */
public final class VolumeRendering {

  private VolumeRendering() {}

  /**
   * Renders N rays.
   *
   * @param rgb [N, S, 3] sample colors
   * @param sigma [N, S] densities >= 0
   * @param t [N, S] sample depths, sorted along each ray, S known
   * @param directionNorms [N] norms |d| of the (unnormalized) ray directions
   * @param background the color behind the volume, 3 values (white for the Blender scenes)
   */
  public static RenderedRays render(
      Ops tf,
      Operand<TFloat32> rgb,
      Operand<TFloat32> sigma,
      Operand<TFloat32> t,
      Operand<TFloat32> directionNorms,
      float[] background) {
    if (background.length != 3) {
      throw new IllegalArgumentException("background needs 3 values, got " + background.length);
    }
    if (t.shape().isUnknown() || t.shape().numDimensions() != 2 || t.shape().get(1) < 1) {
      throw new IllegalArgumentException("t must be [N, S] with S known, got " + t.shape());
    }
    long samples = t.shape().get(1);
    Operand<TFloat32> last =
        tf.math.add(
            tf.zerosLike(tf.stridedSlice(t, Indices.all(), Indices.slice(0, 1))),
            tf.constant((float) VolumeRenderer.LAST_DELTA)); // [N, 1]
    Operand<TFloat32> gaps =
        samples == 1
            ? last
            : tf.concat(
                List.of(
                    tf.math.sub(
                        tf.stridedSlice(t, Indices.all(), Indices.sliceFrom(1)),
                        tf.stridedSlice(t, Indices.all(), Indices.sliceTo(-1))),
                    last),
                tf.constant(1)); // [N, S]
    Operand<TFloat32> delta = tf.math.mul(gaps, tf.expandDims(directionNorms, tf.constant(1)));
    Operand<TFloat32> tau = tf.math.mul(sigma, delta); // [N, S] optical depth per interval
    Operand<TFloat32> transmittance =
        tf.math.exp(tf.math.neg(tf.math.cumsum(tau, tf.constant(1), Cumsum.exclusive(true))));
    Operand<TFloat32> alpha = tf.math.neg(tf.math.expm1(tf.math.neg(tau)));
    Operand<TFloat32> weights = tf.math.mul(transmittance, alpha); // [N, S]
    Operand<TFloat32> opacity = tf.reduceSum(weights, tf.constant(1)); // [N]
    Operand<TFloat32> color =
        tf.reduceSum(
            tf.math.mul(tf.expandDims(weights, tf.constant(2)), rgb), tf.constant(1)); // [N, 3]
    Operand<TFloat32> behind =
        tf.math.mul(
            tf.expandDims(tf.math.sub(tf.constant(1f), opacity), tf.constant(1)),
            tf.constant(new float[][] {background})); // [N, 3]
    Operand<TFloat32> depth = tf.reduceSum(tf.math.mul(weights, t), tf.constant(1));
    return new RenderedRays(tf.math.add(color, behind), weights, depth, opacity);
  }
}
