package org.edgefilter.framework.nn;

import org.edgefilter.framework.data.Seeds;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Inverted dropout (Srivastava et al., JMLR 2014, with the scaling moved to training): in TRAIN
 * mode each value is zeroed with probability {@code rate} and survivors are divided by {@code 1 -
 * rate}; other modes return the input unchanged. Any shape.
 *
 * <p>The mask comes from a stateless random op seeded with the registry's per-step seed plus a hash
 * of this layer's scope, so masks differ between layers and steps but repeat exactly for the same
 * run seed and step (a resumed run draws the masks it would have drawn).
 */
public final class Dropout implements Layer {

  private final ParameterScope scope;
  private final float rate;

  /**
   * @param scope names the layer (no parameters are created) and gives access to the step seed
   * @param rate probability of dropping a value, in [0, 1)
   */
  public Dropout(ParameterScope scope, float rate) {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException(
          "Dropout " + scope + ": rate must be in [0, 1), got " + rate);
    }
    this.scope = scope;
    this.rate = rate;
  }

  /** The drop probability. */
  public float rate() {
    return rate;
  }

  @Override
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
    if (mode != Mode.TRAIN || rate == 0f) {
      return x;
    }
    Operand<TInt64> seed =
        tf.math.add(
            scope.registry().stepSeed(), tf.constant(new long[] {Seeds.hash(scope.path()), 0L}));
    Operand<TFloat32> uniform = tf.random.statelessRandomUniform(tf.shape(x), seed);
    Operand<TFloat32> keep =
        tf.dtypes.cast(tf.math.greaterEqual(uniform, tf.constant(rate)), TFloat32.class);
    return tf.math.mul(x, tf.math.mul(keep, tf.constant(1f / (1f - rate))));
  }
}
