package org.edgefilter.framework.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edgefilter.framework.data.Batch;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The tensors fed to one session run, created from host arrays and closed together.
 *
 * <p>TensorFlow accepts a feed whose shape does not match its placeholder, so every value is
 * checked here against the placeholder's static shape (known dimensions must match, the rank must
 * match) and against its own length. Use in try-with-resources; a failed check closes the tensors
 * already created.
 */
public final class Feeds implements AutoCloseable {

  private final List<Operand<?>> targets = new ArrayList<>();
  private final List<Tensor> tensors = new ArrayList<>();
  private boolean closed;

  private Feeds() {}

  /** An empty set of feeds. */
  public static Feeds create() {
    return new Feeds();
  }

  /**
   * Feeds float values.
   *
   * @param target a placeholder (or any operand) of the graph
   * @param values row-major in {@code shape}
   * @param shape the value's full shape
   */
  public Feeds floats(Operand<TFloat32> target, float[] values, long... shape) {
    check(target, values.length, shape);
    return add(
        target, () -> TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(values, true, false)));
  }

  /** Feeds int values; see {@link #floats}. */
  public Feeds ints(Operand<TInt32> target, int[] values, long... shape) {
    check(target, values.length, shape);
    return add(target, () -> TInt32.tensorOf(Shape.of(shape), DataBuffers.of(values, true, false)));
  }

  /** Feeds a float scalar. */
  public Feeds scalar(Operand<TFloat32> target, float value) {
    check(target, 1, new long[0]);
    return add(target, () -> TFloat32.scalarOf(value));
  }

  /** Feeds a batch's features to {@code features} and its labels to {@code labels}. */
  public Feeds batch(Operand<TFloat32> features, Operand<TInt32> labels, Batch batch) {
    floats(features, batch.features(), batch.shape());
    return ints(labels, batch.labels(), batch.size());
  }

  /** Adds every feed to {@code runner}. */
  public void applyTo(Session.Runner runner) {
    if (closed) {
      throw new IllegalStateException("feeds are closed");
    }
    for (int i = 0; i < targets.size(); i++) {
      runner.feed(targets.get(i), tensors.get(i));
    }
  }

  /** The number of feeds. */
  public int size() {
    return targets.size();
  }

  /** Closes every tensor. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Tensor t : tensors) {
      t.close();
    }
    tensors.clear();
  }

  private interface TensorMaker {
    Tensor make();
  }

  private Feeds add(Operand<?> target, TensorMaker maker) {
    if (closed) {
      throw new IllegalStateException("feeds are closed");
    }
    try {
      tensors.add(maker.make());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    targets.add(target);
    return this;
  }

  private void check(Operand<?> target, int length, long[] shape) {
    String name = target.op().name();
    long expected = 1;
    for (long d : shape) {
      if (d < 0) {
        fail("feed for '" + name + "' has a negative dimension in " + Arrays.toString(shape));
      }
      expected *= d;
    }
    if (expected != length) {
      fail(
          "feed for '"
              + name
              + "': shape "
              + Arrays.toString(shape)
              + " needs "
              + expected
              + " values, got "
              + length);
    }
    Shape declared = target.shape();
    if (declared.isUnknown()) {
      return;
    }
    boolean compatible = declared.numDimensions() == shape.length;
    for (int d = 0; compatible && d < shape.length; d++) {
      long want = declared.get(d);
      compatible = want < 0 || want == shape[d];
    }
    if (!compatible) {
      fail(
          "feed for '"
              + name
              + "' has shape "
              + Arrays.toString(shape)
              + " but the graph expects "
              + declared);
    }
  }

  private void fail(String message) {
    close();
    throw new IllegalArgumentException(message);
  }
}
