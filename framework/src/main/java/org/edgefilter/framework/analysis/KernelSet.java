package org.edgefilter.framework.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 3x3 kernels of one convolution layer (or several pooled): one row of 9 values per (input
 * channel, output channel) pair, row-major {@code [y][x]}.
 *
 * <p>Degenerate kernels follow the CNN Filter DB (Gavrikov and Keuper, CVPR 2022) as its authors'
 * metric library {@code torchconvquality} implements them: a kernel is <em>sparse</em> (near-zero,
 * degenerate) when every weight has {@code |w| < eps * max |w|}, the maximum taken over the whole
 * layer, with {@code eps = 0.01}; the layer's degenerate share is the fraction of such kernels.
 * Weight sparsity is the fraction of single weights under the same threshold. The variance entropy
 * is the Shannon entropy of the layer's PCA explained-variance ratios: low means the kernels span
 * few directions (low diversity), near its maximum {@code ln 9} means no structure (as at random
 * initialization); it is reported here divided by {@code ln 9}.
 */
public final class KernelSet {

  /** The CNN Filter DB sparsity threshold, relative to the layer's largest absolute weight. */
  public static final double SPARSE_EPS = 0.01;

  /** Values per kernel. */
  public static final int K = 9;

  private final float[][] kernels;

  /** A set of kernels (each {@value #K} values; not copied). */
  public KernelSet(List<float[]> kernels) {
    for (float[] k : kernels) {
      if (k.length != K) {
        throw new IllegalArgumentException("a 3x3 kernel has 9 values, got " + k.length);
      }
    }
    this.kernels = kernels.toArray(new float[0][]);
  }

  /**
   * The kernels of a convolution weight {@code [3, 3, cin, cout]} (TensorFlow's HWIO layout,
   * row-major): kernel {@code c * cout + o} holds {@code w[y][x][c][o]}.
   */
  public static KernelSet fromHwio(float[] values, long[] shape) {
    if (shape.length != 4 || shape[0] != 3 || shape[1] != 3) {
      throw new IllegalArgumentException(
          "expected a [3, 3, cin, cout] kernel, got " + Arrays.toString(shape));
    }
    int cin = (int) shape[2];
    int cout = (int) shape[3];
    if (values.length != 9L * cin * cout) {
      throw new IllegalArgumentException(
          values.length + " values do not fill " + Arrays.toString(shape));
    }
    List<float[]> out = new ArrayList<>(cin * cout);
    for (int c = 0; c < cin; c++) {
      for (int o = 0; o < cout; o++) {
        float[] k = new float[K];
        for (int p = 0; p < K; p++) {
          k[p] = values[(p * cin + c) * cout + o];
        }
        out.add(k);
      }
    }
    return new KernelSet(out);
  }

  /** Concatenates sets. */
  public static KernelSet pool(List<KernelSet> sets) {
    List<float[]> all = new ArrayList<>();
    for (KernelSet s : sets) {
      all.addAll(Arrays.asList(s.kernels));
    }
    return new KernelSet(all);
  }

  public int size() {
    return kernels.length;
  }

  /** Kernel {@code i} (not copied). */
  public float[] kernel(int i) {
    return kernels[i];
  }

  /** The largest absolute weight of the set. */
  public double maxAbs() {
    double m = 0;
    for (float[] k : kernels) {
      for (float v : k) {
        m = Math.max(m, Math.abs(v));
      }
    }
    return m;
  }

  /** Whether each kernel is sparse: all {@code |w| < SPARSE_EPS * maxAbs()}. */
  public boolean[] sparseMask() {
    double threshold = threshold();
    boolean[] out = new boolean[kernels.length];
    for (int i = 0; i < kernels.length; i++) {
      boolean all = true;
      for (float v : kernels[i]) {
        all &= Math.abs(v) < threshold;
      }
      out[i] = all;
    }
    return out;
  }

  /** Fraction of sparse (degenerate) kernels. */
  public double degenerateShare() {
    int n = 0;
    for (boolean b : sparseMask()) {
      n += b ? 1 : 0;
    }
    return kernels.length == 0 ? Double.NaN : (double) n / kernels.length;
  }

  /** Fraction of single weights with {@code |w| < SPARSE_EPS * maxAbs()}. */
  public double weightSparsity() {
    double threshold = threshold();
    long n = 0;
    for (float[] k : kernels) {
      for (float v : k) {
        n += Math.abs(v) < threshold ? 1 : 0;
      }
    }
    return kernels.length == 0 ? Double.NaN : (double) n / (K * (long) kernels.length);
  }

  /** The layer's variance entropy (of its own PCA) divided by {@code ln 9}, in [0, 1]. */
  public double varianceEntropy() {
    double[] ratio = KernelPca.fit(this).explainedVarianceRatio();
    double h = 0;
    for (double p : ratio) {
      if (p > 0) {
        h -= p * Math.log(p);
      }
    }
    return h / Math.log(K);
  }

  /**
   * Each kernel divided by its own largest absolute weight (all-zero kernels stay zero), as the CNN
   * Filter DB scales filters before its PCA, so shape and not magnitude is compared.
   */
  public KernelSet peakNormalized() {
    List<float[]> out = new ArrayList<>(kernels.length);
    for (float[] k : kernels) {
      double m = 0;
      for (float v : k) {
        m = Math.max(m, Math.abs(v));
      }
      float[] s = new float[K];
      for (int p = 0; p < K; p++) {
        s[p] = m == 0 ? 0 : (float) (k[p] / m);
      }
      out.add(s);
    }
    return new KernelSet(out);
  }

  /** The kernels that are not sparse. */
  public KernelSet withoutSparse() {
    boolean[] mask = sparseMask();
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < kernels.length; i++) {
      if (!mask[i]) {
        out.add(kernels[i]);
      }
    }
    return new KernelSet(out);
  }

  private double threshold() {
    double max = maxAbs();
    // An all-zero layer: every kernel is degenerate.
    return max == 0 ? Double.MIN_NORMAL : SPARSE_EPS * max;
  }
}
