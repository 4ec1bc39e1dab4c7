package org.edgefilter.framework.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.StridedSlice;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The Deep Edge Filter (Lee, Lee, Kwak, NeurIPS 2025): {@code y = h - stopGradient(LPF(h))}, a
 * parameter-free layer that keeps the high-frequency part of a hidden feature map.
 *
 * <p>Layouts: a 2D spec filters H and W of NHWC {@code [batch, height, width, channels]}; a 1D spec
 * filters axis 1 of {@code [batch, length, channels]}. Each channel is filtered on its own. The
 * output has the input's shape. The batch (and channel) sizes may be unknown at graph-build time;
 * the filtered dimensions must be known.
 *
 * <p>Cost: MEAN runs as two separable 1D {@code AvgPool} passes over an explicitly padded input,
 * so its cost grows with k, not k^2; GAUSSIAN and DISCRETE_GAUSSIAN as two separable depthwise
 * convolutions with constant taps (never variables: nothing to train or checkpoint); MEDIAN as a
 * pruned min/max selection network over the shifted slices of the padded input for windows of up to
 * {@value #MAX_NETWORK_WINDOW} values, and as {@code TopK} over the stacked slices beyond that
 * (TopK has no gradient, so a {@link FilterMode#LOW_PASS} median with a larger window cannot be
 * trained through).
 */
public final class EdgeFilter {

  /** The largest window (values per output) for which the median uses a selection network. */
  public static final int MAX_NETWORK_WINDOW = 121;

  private EdgeFilter() {}

  /**
   * Applies the filter of {@code spec} to {@code x}.
   *
   * @param tf the ops factory (its scope names the created ops)
   * @param x {@code [batch, length, channels]} for a 1D spec, {@code [batch, height, width,
   *     channels]} for a 2D spec
   * @return an operand of {@code x}'s shape: {@code x - stopGradient(LPF(x))} for HIGH_PASS, {@code
   *     LPF(x)} for LOW_PASS, {@code x} for IDENTITY
   * @throws IllegalArgumentException for a wrong rank, an unknown filtered dimension, or a REFLECT
   *     pad that does not fit a filtered dimension ({@code k / 2 >= size})
   */
  public static Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, EdgeFilterSpec spec) {
    validate(x.shape(), spec);
    Ops scoped = tf.withSubScope("edge_filter");
    if (spec.mode() == FilterMode.IDENTITY) {
      return scoped.identity(x);
    }
    // A window of one sample is its own low-pass (lowPass returns x): the high-pass part is zero.
    return byMode(scoped, x, lowPass(scoped, x, spec), spec.mode());
  }

  /** {@code low} for LOW_PASS, {@code x - stopGradient(low)} for HIGH_PASS. */
  static Operand<TFloat32> byMode(Ops tf, Operand<TFloat32> x, Operand<TFloat32> low, FilterMode mode) {
    return mode == FilterMode.LOW_PASS
        ? low
        : tf.withName("high_pass").math.sub(x, tf.stopGradient(low));
  }

  /**
   * The low-pass part {@code LPF(x)} alone, with its gradient; same layouts as {@link #apply}.
   * {@code spec.mode()} is ignored.
   */
  public static Operand<TFloat32> lowPass(Ops tf, Operand<TFloat32> x, EdgeFilterSpec spec) {
    validate(x.shape(), spec);
    if (spec.kernelSize() == 1) {
      return tf.identity(x);
    }
    // A 1D input [b, l, c] runs as [b, l, 1, c] through the same NHWC code along axis 1 only.
    Operand<TFloat32> nhwc = spec.dims() == 1 ? tf.expandDims(x, tf.constant(2)) : x;
    int[] axes = spec.dims() == 1 ? new int[] {1} : new int[] {1, 2};
    Operand<TFloat32> low =
        spec.lowPass().kind() == LowPass.Kind.MEDIAN
            ? median(tf, nhwc, spec, axes)
            : separable(tf, nhwc, spec, axes);
    return spec.dims() == 1 ? tf.squeeze(low, org.tensorflow.op.core.Squeeze.axis(2L)) : low;
  }

  /** Checks rank, known filtered dimensions and the REFLECT pad; throws with the reason. */
  static void validate(Shape shape, EdgeFilterSpec spec) {
    int rank = spec.dims() + 2;
    String layout = spec.dims() == 1 ? "[batch, length, channels]" : "[batch, height, width, channels]";
    if (shape.isUnknown() || shape.numDimensions() != rank) {
      throw new IllegalArgumentException(
          "EdgeFilter " + spec.dims() + "D expects a rank-" + rank + " input " + layout
              + ", got shape " + shape);
    }
    if (spec.mode() == FilterMode.IDENTITY) {
      return;
    }
    for (int axis = 1; axis <= spec.dims(); axis++) {
      long size = shape.get(axis);
      if (size == Shape.UNKNOWN_SIZE) {
        throw new IllegalArgumentException(
            "EdgeFilter needs the filtered dimension " + axis + " of " + layout
                + " to be known at graph-build time, got shape " + shape);
      }
      if (spec.padding() == Padding.REFLECT && spec.pad() >= size) {
        throw new IllegalArgumentException(
            "EdgeFilter REFLECT padding of " + spec.pad() + " (k=" + spec.kernelSize()
                + ") does not fit dimension " + axis + " of size " + size + " in shape " + shape
                + ": REFLECT needs k/2 < size; use a smaller k or ZERO/REPLICATE padding");
      }
    }
  }

  /** A linear low-pass as one 1D pass per axis over the padded input. */
  private static Operand<TFloat32> separable(
      Ops tf, Operand<TFloat32> x, EdgeFilterSpec spec, int[] axes) {
    int k = spec.kernelSize();
    Operand<TFloat32> y = x;
    for (int axis : axes) {
      Operand<TFloat32> padded = pad(tf, y, axis, spec.pad(), spec.padding());
      if (spec.lowPass().kind() == LowPass.Kind.MEAN) {
        List<Long> window = Arrays.asList(1L, 1L, 1L, 1L);
        window.set(axis, (long) k);
        y = tf.nn.avgPool(padded, window, List.of(1L, 1L, 1L, 1L), "VALID");
      } else {
        y = depthwise(tf, padded, spec.lowPass().taps(k), axis);
      }
    }
    return y;
  }

  /** A depthwise convolution with the same constant 1D taps for every channel, along {@code axis}. */
  private static Operand<TFloat32> depthwise(
      Ops tf, Operand<TFloat32> x, double[] taps, int axis) {
    int k = taps.length;
    float[][][][] one = axis == 1 ? new float[k][1][1][1] : new float[1][k][1][1];
    for (int i = 0; i < k; i++) {
      if (axis == 1) {
        one[i][0][0][0] = (float) taps[i];
      } else {
        one[0][i][0][0] = (float) taps[i];
      }
    }
    long channels = x.shape().get(3);
    Operand<TInt32> multiples =
        channels == Shape.UNKNOWN_SIZE
            ? tf.concat(
                List.of(
                    tf.constant(new int[] {1, 1}),
                    tf.stridedSlice(tf.shape(x), tf.constant(new int[] {3}),
                        tf.constant(new int[] {4}), tf.constant(new int[] {1})),
                    tf.constant(new int[] {1})),
                tf.constant(0))
            : tf.constant(new int[] {1, 1, (int) channels, 1});
    Operand<TFloat32> kernel = tf.tile(tf.constant(one), multiples); // [kh, kw, c, 1]
    return tf.nn.depthwiseConv2dNative(x, kernel, List.of(1L, 1L, 1L, 1L), "VALID");
  }

  /** The window median over the padded input via a selection network (or TopK for big windows). */
  private static Operand<TFloat32> median(
      Ops tf, Operand<TFloat32> x, EdgeFilterSpec spec, int[] axes) {
    int k = spec.kernelSize();
    int p = spec.pad();
    Operand<TFloat32> padded = x;
    for (int axis : axes) {
      padded = pad(tf, padded, axis, p, spec.padding());
    }
    // Shifted slices: slice (di, dj) holds, at every output position, one value of its window.
    List<Operand<TFloat32>> slices = new ArrayList<>();
    int rowShifts = k;
    int colShifts = axes.length == 2 ? k : 1;
    for (int di = 0; di < rowShifts; di++) {
      for (int dj = 0; dj < colShifts; dj++) {
        slices.add(shifted(tf, padded, di, axes.length == 2 ? dj : -1, 2 * p));
      }
    }
    int n = slices.size();
    if (n > MAX_NETWORK_WINDOW) {
      Operand<TFloat32> stacked = tf.stack(slices, org.tensorflow.op.core.Stack.axis(-1L));
      Operand<TFloat32> top = tf.nn.topK(stacked, tf.constant(n / 2 + 1), TInt32.class).values();
      return tf.squeeze(
          tf.stridedSlice(top, org.tensorflow.ndarray.index.Indices.ellipsis(),
              org.tensorflow.ndarray.index.Indices.sliceFrom(n / 2)),
          org.tensorflow.op.core.Squeeze.axis(-1L));
    }
    Operand<TFloat32>[] wires = slices.toArray(Operand[]::new);
    for (MedianNetwork.Comparator c : MedianNetwork.forSize(n).comparators()) {
      Operand<TFloat32> a = wires[c.lo()];
      Operand<TFloat32> b = wires[c.hi()];
      if (c.needMin()) {
        wires[c.lo()] = tf.math.minimum(a, b);
      }
      if (c.needMax()) {
        wires[c.hi()] = tf.math.maximum(a, b);
      }
    }
    return wires[n / 2];
  }

  /**
   * {@code padded[:, di : di - span, dj : dj - span, :]} (python slice semantics; an end of 0 means
   * "to the end"); {@code dj < 0} leaves axis 2 whole.
   */
  private static Operand<TFloat32> shifted(
      Ops tf, Operand<TFloat32> padded, int di, int dj, int span) {
    int[] begin = {0, di, Math.max(dj, 0), 0};
    int[] end = {0, di - span, dj < 0 ? 0 : dj - span, 0};
    long endMask = 0b1001;
    if (end[1] == 0) {
      endMask |= 0b0010;
    }
    if (end[2] == 0) {
      endMask |= 0b0100;
    }
    return tf.stridedSlice(
        padded,
        tf.constant(begin),
        tf.constant(end),
        tf.constant(new int[] {1, 1, 1, 1}),
        StridedSlice.beginMask(0b1001L),
        StridedSlice.endMask(endMask));
  }

  /** Pads {@code x} by {@code p} on both sides of {@code axis} (NHWC rank 4). */
  private static Operand<TFloat32> pad(Ops tf, Operand<TFloat32> x, int axis, int p, Padding padding) {
    int[][] paddings = new int[4][2];
    paddings[axis][0] = p;
    paddings[axis][1] = p;
    return switch (padding) {
      case ZERO -> tf.pad(x, tf.constant(paddings), tf.constant(0f));
      case REFLECT -> tf.mirrorPad(x, tf.constant(paddings), "REFLECT");
      case REPLICATE -> {
        int size = (int) x.shape().get(axis);
        int[] index = new int[size + 2 * p];
        for (int i = 0; i < index.length; i++) {
          index[i] = Math.min(Math.max(i - p, 0), size - 1);
        }
        yield tf.gather(x, tf.constant(index), tf.constant(axis));
      }
    };
  }
}
