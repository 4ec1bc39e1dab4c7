package org.edgefilter.framework.nn;

import java.util.Arrays;
import java.util.Set;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * One float32 variable of a model, with the metadata optimizers and adaptation methods select by.
 * Created only through {@link ParameterScope#create(ParameterSpec)}; identity is the name.
 */
public final class Parameter {

  private final String name;
  private final ParameterSpec spec;
  private final Variable<TFloat32> variable;
  private final Operand<TFloat32> value;
  private final Placeholder<TFloat32> valueFeed;
  private final Assign<TFloat32> assign;

  Parameter(
      String name,
      ParameterSpec spec,
      Variable<TFloat32> variable,
      Operand<TFloat32> value,
      Placeholder<TFloat32> valueFeed,
      Assign<TFloat32> assign) {
    this.name = name;
    this.spec = spec;
    this.variable = variable;
    this.value = value;
    this.valueFeed = valueFeed;
    this.assign = assign;
  }

  /** The full hierarchical name, e.g. {@code block1/conv2/kernel}; also the checkpoint key. */
  public String name() {
    return name;
  }

  /** What the parameter is for. */
  public Role role() {
    return spec.role();
  }

  /** Whether gradient steps may change it. */
  public boolean trainable() {
    return spec.trainable();
  }

  /** Its tags. */
  public Set<String> tags() {
    return spec.tags();
  }

  /** Whether it carries {@code tag}. */
  public boolean hasTag(String tag) {
    return spec.tags().contains(tag);
  }

  /** Its shape (a copy). */
  public long[] shape() {
    return spec.shape();
  }

  /** The number of values. */
  public int size() {
    return Initializers.size(spec.shape());
  }

  /** Draws its initial values. */
  public Initializer initializer() {
    return spec.initializer();
  }

  /**
   * The graph variable (a reference-typed {@code VariableV2}, saved by {@code Session.save}). Use
   * it to assign and to name what to differentiate; compute with {@link #value()}.
   */
  public Variable<TFloat32> variable() {
    return variable;
  }

  /**
   * The variable's value: one {@code Identity} read shared by every tower, as TensorFlow 1's {@code
   * variable.value()}. Layers compute with this rather than with the reference-typed variable
   * because some C++ gradient functions (Square's, for one) crash the JVM when their input is a
   * reference; gradients with respect to {@link #variable()} flow through it.
   */
  public Operand<TFloat32> value() {
    return value;
  }

  Placeholder<TFloat32> valueFeed() {
    return valueFeed;
  }

  Assign<TFloat32> assign() {
    return assign;
  }

  @Override
  public String toString() {
    return name
        + Arrays.toString(spec.shape())
        + " "
        + spec.role()
        + (spec.trainable() ? "" : " frozen")
        + (spec.tags().isEmpty() ? "" : " " + spec.tags());
  }
}
