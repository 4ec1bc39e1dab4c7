package org.edgefilter.framework.nn;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TNumber;

/**
 * A lookup table: integer ids {@code [...]} to vectors {@code [..., dimension]}. Parameter {@code
 * table [vocabularySize, dimension]} (role EMBEDDING), created at construction. The lookup is a
 * {@code GatherV2} on the variable, whose TensorFlow C++ gradient is a dense {@code
 * [vocabularySize, dimension]} tensor with the rows of repeated ids summed.
 */
public final class Embedding {

  private final Parameter table;
  private final int vocabularySize;
  private final int dimension;

  /**
   * @param scope where {@code table} lives
   * @param vocabularySize number of ids, {@code >= 1}
   * @param dimension vector length, {@code >= 1}
   * @param initializer the table's initializer (BERT: truncated normal, std 0.02)
   */
  public Embedding(
      ParameterScope scope, int vocabularySize, int dimension, Initializer initializer) {
    if (vocabularySize < 1 || dimension < 1) {
      throw new IllegalArgumentException(
          "Embedding "
              + scope
              + ": vocabulary size and dimension must be >= 1, got "
              + vocabularySize
              + " and "
              + dimension);
    }
    this.vocabularySize = vocabularySize;
    this.dimension = dimension;
    this.table =
        scope.create(
            ParameterSpec.of("table", Role.EMBEDDING, initializer, vocabularySize, dimension));
  }

  /** An embedding initialized with a truncated normal of standard deviation 0.02 (BERT). */
  public static Embedding of(ParameterScope scope, int vocabularySize, int dimension) {
    return new Embedding(scope, vocabularySize, dimension, Initializers.truncatedNormal(0.02));
  }

  /**
   * Looks ids up. TensorFlow does not check ids on CPU gather beyond failing the run, so callers
   * validate ids against {@link #vocabularySize()} on the host.
   *
   * @param ids any shape, values in {@code [0, vocabularySize)}
   * @return {@code [...ids.shape, dimension]}
   */
  public Operand<TFloat32> apply(Ops tf, Operand<? extends TNumber> ids) {
    return tf.gather(table.value(), ids, tf.constant(0));
  }

  /** The number of ids. */
  public int vocabularySize() {
    return vocabularySize;
  }

  /** The vector length. */
  public int dimension() {
    return dimension;
  }

  /** The table parameter. */
  public Parameter table() {
    return table;
  }

  /** The table, as a list. */
  public List<Parameter> parameters() {
    return List.of(table);
  }
}
