package org.edgefilter.framework.data;

/**
 * One batch on the host, ready to become tensors.
 *
 * @param features the examples' values, row-major in {@code shape}
 * @param shape {@code [batch, ...exampleShape]}
 * @param labels one class index per example, {@code [batch]}
 * @param indices the dataset positions of the examples, {@code [batch]}
 */
public record Batch(float[] features, long[] shape, int[] labels, int[] indices) {

  /** The number of examples. */
  public int size() {
    return indices.length;
  }
}
