package org.edgefilter.framework.nn;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A fully connected layer on the last axis: {@code [..., in] -> [..., units]}, {@code y = x W + b}.
 * Parameters: {@code kernel [in, units]} (role WEIGHT) and optionally {@code bias [units]} (role
 * BIAS), created on the first apply from the input's static last dimension. Inputs of rank above 2
 * (tokens {@code [B, L, D]}) are flattened to rows and back.
 */
public final class Dense implements Layer {

  private final ParameterScope scope;
  private final int units;
  private final boolean useBias;
  private final Initializer kernelInitializer;
  private Parameter kernel;
  private Parameter bias;
  private long inFeatures = -1;

  private Dense(Builder b, ParameterScope scope) {
    this.scope = scope;
    this.units = b.units;
    this.useBias = b.useBias;
    this.kernelInitializer = b.kernelInitializer;
  }

  /** Starts a dense layer; {@code setUnits} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A dense layer with bias and Glorot-uniform kernel. */
  public static Dense of(ParameterScope scope, int units) {
    return builder().setUnits(units).build(scope);
  }

  @Override
  public synchronized Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
    String who = "Dense " + scope;
    Shapes.requireRankAtLeast(x, 2, who);
    long in = Shapes.lastDim(x, who);
    if (kernel == null) {
      inFeatures = in;
      kernel = scope.create(ParameterSpec.of("kernel", Role.WEIGHT, kernelInitializer, in, units));
      if (useBias) {
        bias = scope.create(ParameterSpec.of("bias", Role.BIAS, Initializers.zeros(), units));
      }
    }
    Shapes.requireSame(inFeatures, in, who);
    int rank = x.shape().numDimensions();
    Operand<TFloat32> rows = rank == 2 ? x : tf.reshape(x, tf.constant(new long[] {-1, in}));
    Operand<TFloat32> y = tf.linalg.matMul(rows, kernel.value());
    if (useBias) {
      y = tf.nn.biasAdd(y, bias.value());
    }
    // [rows, units] -> [..., units]
    return rank == 2 ? y : tf.reshape(y, Shapes.withLastDim(tf, x, units));
  }

  /** The parameters created so far (none before the first apply). */
  public synchronized List<Parameter> parameters() {
    List<Parameter> out = new ArrayList<>();
    if (kernel != null) {
      out.add(kernel);
    }
    if (bias != null) {
      out.add(bias);
    }
    return out;
  }

  /** Configuration of a {@link Dense}. */
  public static final class Builder {
    private int units;
    private boolean useBias = true;
    private Initializer kernelInitializer = Initializers.glorotUniform();

    private Builder() {}

    /** Output features. */
    public Builder setUnits(int units) {
      this.units = units;
      return this;
    }

    /** Whether to add a bias (default true). */
    public Builder optBias(boolean useBias) {
      this.useBias = useBias;
      return this;
    }

    /** The kernel's initializer (default Glorot uniform, as Keras' Dense). */
    public Builder optKernelInitializer(Initializer initializer) {
      this.kernelInitializer = initializer;
      return this;
    }

    /** A dense layer whose parameters will live in {@code scope}. */
    public Dense build(ParameterScope scope) {
      if (units <= 0) {
        throw new IllegalArgumentException("Dense " + scope + ": units must be set and > 0");
      }
      if (kernelInitializer == null) {
        throw new IllegalArgumentException("Dense " + scope + ": initializer must not be null");
      }
      return new Dense(this, scope);
    }
  }
}
