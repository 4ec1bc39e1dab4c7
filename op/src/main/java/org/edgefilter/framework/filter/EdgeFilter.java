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
 * <p>Cost: a linear low-pass runs in one of three {@link Formulation}s, chosen per shape and kind
 * from measurements ({@code docs/performance.md}): a banded {@code BatchMatMul} per axis (the
 * low-pass with its padding folded into an {@code n x n} matrix; best for wide channel counts), one
 * {@code k x k} {@code AvgPool} (a small-window mean), or one 1D pass per axis ({@code AvgPool} for
 * the mean, a depthwise convolution with constant taps for the Gaussian kinds); none grows with k^2
 * except the small-window pool. Taps are constants, never variables: nothing to train or
 * checkpoint. REFLECT and REPLICATE padding is one {@code Gather} of a precomputed index map (TF's
 * {@code MirrorPad} costs several times a zero {@code Pad}; a gather costs what the zero pad
 * costs). MEDIAN runs as a pruned min/max selection network over the shifted slices of the padded
 * input for windows of up to {@value #MAX_NETWORK_WINDOW} values, and as {@code TopK} over the
 * stacked slices beyond that (TopK has no gradient, so a {@link FilterMode#LOW_PASS} median with a
 * larger window cannot be trained through).
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
   *     LPF(x)} for LOW_PASS, {@code stopGradient(LPF(x))} for LOW_PASS_NO_GRAD, {@code x} for
   *     IDENTITY
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

  /**
   * {@code low} for LOW_PASS, {@code stopGradient(low)} for LOW_PASS_NO_GRAD, {@code x -
   * stopGradient(low)} for HIGH_PASS.
   */
  static Operand<TFloat32> byMode(
      Ops tf, Operand<TFloat32> x, Operand<TFloat32> low, FilterMode mode) {
    return switch (mode) {
      case LOW_PASS -> low;
      case LOW_PASS_NO_GRAD -> noGrad(tf, x, low);
      case HIGH_PASS -> tf.withName("high_pass").math.sub(x, tf.stopGradient(low));
      case IDENTITY -> tf.identity(x);
    };
  }

  /**
   * {@code stopGradient(low) + 0 * x}: the values of {@code low} (adding a signed zero changes no
   * finite value) and a gradient into {@code x} that is an exact zero tensor. A bare {@code
   * stopGradient} would leave the variables before the filter with no gradient path at all, which
   * {@code Graph.addGradients} reports as a missing gradient that the training step rejects; an
   * exact zero keeps every step buildable. (Unlike PyTorch, which skips a parameter whose gradient
   * is None, an optimizer with weight decay still decays those variables.)
   */
  static Operand<TFloat32> noGrad(Ops tf, Operand<TFloat32> x, Operand<TFloat32> low) {
    Operand<TFloat32> zero = tf.math.mul(x, tf.constant(0f));
    return tf.withName("low_pass_no_grad").math.add(tf.stopGradient(low), zero);
  }

  /** How a linear low-pass is computed; every formulation gives the same values (tested). */
  enum Formulation {
    /** A banded {@code BatchMatMul} along each filtered axis, the padding folded into the band. */
    BANDED_MATMUL,
    /** One {@code k x k} {@code AvgPool} over the input padded along both axes (2D MEAN only). */
    POOL_2D,
    /** One 1D pass per axis: {@code AvgPool} for MEAN, a depthwise convolution otherwise. */
    SEPARABLE
  }

  /**
   * The formulation for a linear {@code spec} on an input of {@code shape}, from measurements on a
   * 2-core AVX-512 CPU (docs/performance.md): the banded product wins once the channels are wide
   * (each product then has a long inner row; at 32 channels the per-batch products are too small),
   * the single pool wins for small 2D mean windows, the separable passes otherwise. A 1D filter
   * (one pass over {@code [b, l, 1, c]}) stays a pool or convolution: its banded product measured
   * about 3x slower on {@code [32, 50, 768]}.
   */
  static Formulation formulation(EdgeFilterSpec spec, Shape shape) {
    long channels = shape.get(shape.numDimensions() - 1);
    int k = spec.kernelSize();
    if (spec.dims() == 2
        && channels != Shape.UNKNOWN_SIZE
        && (channels >= 128 || (channels >= 64 && k >= 9))) {
      return Formulation.BANDED_MATMUL;
    }
    if (spec.dims() == 2 && spec.lowPass().kind() == LowPass.Kind.MEAN && k <= 5) {
      return Formulation.POOL_2D;
    }
    return Formulation.SEPARABLE;
  }

  /**
   * The low-pass part {@code LPF(x)} alone, with its gradient; same layouts as {@link #apply}.
   * {@code spec.mode()} is ignored.
   */
  public static Operand<TFloat32> lowPass(Ops tf, Operand<TFloat32> x, EdgeFilterSpec spec) {
    validate(x.shape(), spec);
    return spec.lowPass().isLinear()
        ? lowPass(tf, x, spec, formulation(spec, x.shape()))
        : lowPass(tf, x, spec, Formulation.SEPARABLE);
  }

  /** {@link #lowPass(Ops, Operand, EdgeFilterSpec)} in a given formulation (tests compare them). */
  static Operand<TFloat32> lowPass(
      Ops tf, Operand<TFloat32> x, EdgeFilterSpec spec, Formulation formulation) {
    validate(x.shape(), spec);
    if (spec.kernelSize() == 1) {
      return tf.identity(x);
    }
    if (spec.lowPass().isLinear() && formulation == Formulation.BANDED_MATMUL) {
      return banded(tf, x, spec);
    }
    // A 1D input [b, l, c] runs as [b, l, 1, c] through the same NHWC code along axis 1 only.
    Operand<TFloat32> nhwc = spec.dims() == 1 ? tf.expandDims(x, tf.constant(2)) : x;
    int[] axes = spec.dims() == 1 ? new int[] {1} : new int[] {1, 2};
    Operand<TFloat32> low;
    if (spec.lowPass().kind() == LowPass.Kind.MEDIAN) {
      low = median(tf, nhwc, spec, axes);
    } else if (formulation == Formulation.POOL_2D
        && spec.dims() == 2
        && spec.lowPass().kind() == LowPass.Kind.MEAN) {
      long k = spec.kernelSize();
      low =
          tf.nn.avgPool(
              pad2d(tf, nhwc, spec.pad(), spec.padding()),
              List.of(1L, k, k, 1L),
              List.of(1L, 1L, 1L, 1L),
              "VALID");
    } else {
      low = separable(tf, nhwc, spec, axes);
    }
    return spec.dims() == 1 ? tf.squeeze(low, org.tensorflow.op.core.Squeeze.axis(2L)) : low;
  }

  /**
   * The linear low-pass as one banded product per filtered axis: {@code A x} along the axis, with
   * {@code A[i][j]} the weight of input j in output i (the padding folded into the border rows,
   * {@link DenseEdgeFilter#matrix} transposed). Two full passes over the map whatever k is.
   */
  private static Operand<TFloat32> banded(Ops tf, Operand<TFloat32> x, EdgeFilterSpec spec) {
    long[] dims = x.shape().asArray();
    long channels = dims[dims.length - 1];
    int h = Math.toIntExact(dims[1]);
    Operand<TFloat32> alongH = leftMatrix(tf, spec, h);
    if (spec.dims() == 1) {
      // [b, l, c] = A [l, l] x [b, l, c], A broadcast over the batch.
      return tf.train.batchMatMul(alongH, x, TFloat32.class);
    }
    int w = Math.toIntExact(dims[2]);
    // [b, h, w, c] -> [b, h, w*c]: rows of one column position are contiguous, so A acts on h.
    Operand<TFloat32> rows = tf.reshape(x, tf.constant(new long[] {-1, h, w * channels}));
    Operand<TFloat32> y = tf.train.batchMatMul(alongH, rows, TFloat32.class);
    // [b*h, w, c]: the second product acts on w.
    y = tf.reshape(y, tf.constant(new long[] {-1, w, channels}));
    y = tf.train.batchMatMul(leftMatrix(tf, spec, w), y, TFloat32.class);
    // Back to [b, h, w, c]; the batch may be unknown.
    return tf.reshape(y, tf.constant(new long[] {-1, h, w, channels}));
  }

  /** The {@code n x n} matrix A with {@code LPF(v) = A v} along one axis of length n. */
  private static Operand<TFloat32> leftMatrix(Ops tf, EdgeFilterSpec spec, int n) {
    float[][] m = DenseEdgeFilter.matrix(spec.toBuilder().dims(1).build(), n);
    float[][] a = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = m[j][i];
      }
    }
    return tf.constant(a);
  }

  /** Checks rank, known filtered dimensions and the REFLECT pad; throws with the reason. */
  static void validate(Shape shape, EdgeFilterSpec spec) {
    int rank = spec.dims() + 2;
    String layout =
        spec.dims() == 1 ? "[batch, length, channels]" : "[batch, height, width, channels]";
    if (shape.isUnknown() || shape.numDimensions() != rank) {
      throw new IllegalArgumentException(
          "EdgeFilter "
              + spec.dims()
              + "D expects a rank-"
              + rank
              + " input "
              + layout
              + ", got shape "
              + shape);
    }
    if (spec.mode() == FilterMode.IDENTITY) {
      return;
    }
    for (int axis = 1; axis <= spec.dims(); axis++) {
      long size = shape.get(axis);
      if (size == Shape.UNKNOWN_SIZE) {
        throw new IllegalArgumentException(
            "EdgeFilter needs the filtered dimension "
                + axis
                + " of "
                + layout
                + " to be known at graph-build time, got shape "
                + shape);
      }
      if (spec.padding() == Padding.REFLECT && spec.pad() >= size) {
        throw new IllegalArgumentException(
            "EdgeFilter REFLECT padding of "
                + spec.pad()
                + " (k="
                + spec.kernelSize()
                + ") does not fit dimension "
                + axis
                + " of size "
                + size
                + " in shape "
                + shape
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

  /**
   * A depthwise convolution with the same constant 1D taps for every channel, along {@code axis}.
   */
  private static Operand<TFloat32> depthwise(Ops tf, Operand<TFloat32> x, double[] taps, int axis) {
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
                    tf.stridedSlice(
                        tf.shape(x),
                        tf.constant(new int[] {3}),
                        tf.constant(new int[] {4}),
                        tf.constant(new int[] {1})),
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
    Operand<TFloat32> padded =
        axes.length == 2 ? pad2d(tf, x, p, spec.padding()) : pad(tf, x, 1, p, spec.padding());
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
          tf.stridedSlice(
              top,
              org.tensorflow.ndarray.index.Indices.ellipsis(),
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
  private static Operand<TFloat32> pad(
      Ops tf, Operand<TFloat32> x, int axis, int p, Padding padding) {
    if (padding == Padding.ZERO) {
      int[][] paddings = new int[4][2];
      paddings[axis][0] = p;
      paddings[axis][1] = p;
      return tf.pad(x, tf.constant(paddings), tf.constant(0f));
    }
    // One gather of whole slabs; TF's MirrorPad kernel costs several times this.
    int[] index = sourceIndex((int) x.shape().get(axis), p, padding);
    return tf.gather(x, tf.constant(index), tf.constant(axis));
  }

  /**
   * Pads H and W of {@code x} by {@code p} on both sides at once: a zero {@code Pad}, or for
   * REFLECT and REPLICATE one {@code Gather} over the flattened {@code h * w} positions.
   */
  private static Operand<TFloat32> pad2d(Ops tf, Operand<TFloat32> x, int p, Padding padding) {
    if (padding == Padding.ZERO) {
      return tf.pad(x, tf.constant(new int[][] {{0, 0}, {p, p}, {p, p}, {0, 0}}), tf.constant(0f));
    }
    int h = (int) x.shape().get(1);
    int w = (int) x.shape().get(2);
    int[] rows = sourceIndex(h, p, padding);
    int[] cols = sourceIndex(w, p, padding);
    int[] index = new int[rows.length * cols.length];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < cols.length; j++) {
        index[i * cols.length + j] = rows[i] * w + cols[j];
      }
    }
    // [b, h, w, c] -> [b, h*w, c] -> gather -> [b, h+2p, w+2p, c]; the batch may be unknown.
    long c = x.shape().get(3);
    if (c != Shape.UNKNOWN_SIZE) {
      Operand<TFloat32> flat = tf.reshape(x, tf.constant(new long[] {-1, (long) h * w, c}));
      Operand<TFloat32> gathered = tf.gather(flat, tf.constant(index), tf.constant(1));
      return tf.reshape(gathered, tf.constant(new long[] {-1, rows.length, cols.length, c}));
    }
    // Unknown channels too: the batch and channel sizes come from the runtime shape.
    Operand<TInt32> shape = tf.shape(x);
    Operand<TInt32> batch = tf.slice(shape, tf.constant(new int[] {0}), tf.constant(new int[] {1}));
    Operand<TInt32> channels =
        tf.slice(shape, tf.constant(new int[] {3}), tf.constant(new int[] {1}));
    Operand<TFloat32> flat =
        tf.reshape(
            x, tf.concat(List.of(batch, tf.constant(new int[] {h * w}), channels), tf.constant(0)));
    Operand<TFloat32> gathered = tf.gather(flat, tf.constant(index), tf.constant(1));
    return tf.ensureShape(
        tf.reshape(
            gathered,
            tf.concat(
                List.of(batch, tf.constant(new int[] {rows.length, cols.length}), channels),
                tf.constant(0))),
        Shape.of(-1, rows.length, cols.length, -1));
  }

  /** For each of the {@code n + 2p} padded positions, the input position it copies. */
  private static int[] sourceIndex(int n, int p, Padding padding) {
    int[] index = new int[n + 2 * p];
    for (int i = 0; i < index.length; i++) {
      int j = i - p;
      index[i] =
          switch (padding) {
            case REFLECT -> j < 0 ? -j : (j >= n ? 2 * (n - 1) - j : j);
            case REPLICATE -> Math.min(Math.max(j, 0), n - 1);
            case ZERO -> throw new IllegalArgumentException("ZERO padding has no source index");
          };
    }
    return index;
  }
}
