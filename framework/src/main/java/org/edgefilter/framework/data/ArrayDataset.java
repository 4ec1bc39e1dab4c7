package org.edgefilter.framework.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A labelled dataset held in Java arrays: {@code n} examples of one fixed shape and one class index
 * each. The arrays are not copied; callers hand them over and do not change them.
 */
public final class ArrayDataset {

  private final float[] features;
  private final int[] exampleShape;
  private final int exampleLength;
  private final int[] labels;

  /**
   * Wraps arrays after checking they agree.
   *
   * @param features all examples, row-major {@code [n, ...exampleShape]}
   * @param exampleShape the shape of one example, every dimension positive
   * @param labels {@code [n]} class indices, each at least 0
   * @throws IllegalArgumentException naming the mismatch or the first bad label
   */
  public ArrayDataset(float[] features, int[] exampleShape, int[] labels) {
    this.features = Objects.requireNonNull(features, "features");
    this.exampleShape = exampleShape.clone();
    this.labels = Objects.requireNonNull(labels, "labels");
    long length = 1;
    for (int d : exampleShape) {
      if (d <= 0) {
        throw new IllegalArgumentException(
            "example shape " + Arrays.toString(exampleShape) + " has a non-positive dimension");
      }
      length *= d;
    }
    if (length > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "example shape " + Arrays.toString(exampleShape) + " is too large");
    }
    this.exampleLength = (int) length;
    if ((long) labels.length * exampleLength != features.length) {
      throw new IllegalArgumentException(
          labels.length
              + " labels of examples shaped "
              + Arrays.toString(exampleShape)
              + " need "
              + (long) labels.length * exampleLength
              + " feature values, got "
              + features.length);
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0) {
        throw new IllegalArgumentException("label of example " + i + " is negative: " + labels[i]);
      }
    }
  }

  /** The number of examples. */
  public int size() {
    return labels.length;
  }

  /** The shape of one example (a copy). */
  public int[] exampleShape() {
    return exampleShape.clone();
  }

  /** The number of values in one example. */
  public int exampleLength() {
    return exampleLength;
  }

  /** The class index of example {@code i}. */
  public int label(int i) {
    return labels[Objects.checkIndex(i, labels.length)];
  }

  /** A copy of example {@code i}'s values. */
  public float[] example(int i) {
    Objects.checkIndex(i, labels.length);
    return Arrays.copyOfRange(features, i * exampleLength, (i + 1) * exampleLength);
  }

  /** The examples at {@code indices}, copied into a new dataset in that order. */
  public ArrayDataset subset(int[] indices) {
    float[] f = new float[indices.length * exampleLength];
    int[] l = new int[indices.length];
    for (int j = 0; j < indices.length; j++) {
      int i = Objects.checkIndex(indices[j], labels.length);
      System.arraycopy(features, i * exampleLength, f, j * exampleLength, exampleLength);
      l[j] = labels[i];
    }
    return new ArrayDataset(f, exampleShape, l);
  }

  /**
   * Gathers the examples at {@code indices} into a batch, augmenting each copy; the dataset's own
   * arrays are not changed.
   *
   * @param indices dataset positions, in batch order
   * @param augmentation applied to each example in batch order, drawing from {@code rng}
   * @param rng the batch's random source
   * @return features shaped {@code [indices.length, ...exampleShape]}
   */
  public Batch batch(int[] indices, Augmentation augmentation, SplittableRandom rng) {
    float[] out = new float[indices.length * exampleLength];
    int[] batchLabels = new int[indices.length];
    float[] scratch = new float[exampleLength];
    for (int j = 0; j < indices.length; j++) {
      int i = Objects.checkIndex(indices[j], labels.length);
      System.arraycopy(features, i * exampleLength, scratch, 0, exampleLength);
      augmentation.apply(scratch, exampleShape, rng);
      System.arraycopy(scratch, 0, out, j * exampleLength, exampleLength);
      batchLabels[j] = labels[i];
    }
    long[] shape = new long[exampleShape.length + 1];
    shape[0] = indices.length;
    for (int d = 0; d < exampleShape.length; d++) {
      shape[d + 1] = exampleShape[d];
    }
    return new Batch(out, shape, batchLabels, indices.clone());
  }

  /** The examples at {@code indices} without augmentation. */
  public Batch batch(int[] indices) {
    return batch(indices, Augmentation.none(), new SplittableRandom(0));
  }
}
