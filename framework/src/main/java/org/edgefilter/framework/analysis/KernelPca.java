package org.edgefilter.framework.analysis;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A principal-component basis of 3x3 kernels: the mean and the eigenvectors of the 9x9 sample
 * covariance, by decreasing eigenvalue. Kernels projected on it give 9 coefficients.
 */
public final class KernelPca {

  private final double[] mean;

  /** components[j]: unit eigenvector j. */
  private final double[][] components;

  private final double[] variances;

  private KernelPca(double[] mean, double[][] components, double[] variances) {
    this.mean = mean;
    this.components = components;
    this.variances = variances;
  }

  /** The basis of {@code set} (at least two kernels). */
  public static KernelPca fit(KernelSet set) {
    int n = set.size();
    if (n < 2) {
      throw new IllegalArgumentException("a PCA needs at least 2 kernels, got " + n);
    }
    int k = KernelSet.K;
    double[] mean = new double[k];
    for (int i = 0; i < n; i++) {
      float[] w = set.kernel(i);
      for (int p = 0; p < k; p++) {
        mean[p] += w[p];
      }
    }
    for (int p = 0; p < k; p++) {
      mean[p] /= n;
    }
    double[][] cov = new double[k][k];
    double[] d = new double[k];
    for (int i = 0; i < n; i++) {
      float[] w = set.kernel(i);
      for (int p = 0; p < k; p++) {
        d[p] = w[p] - mean[p];
      }
      for (int p = 0; p < k; p++) {
        for (int q = p; q < k; q++) {
          cov[p][q] += d[p] * d[q];
        }
      }
    }
    for (int p = 0; p < k; p++) {
      for (int q = p; q < k; q++) {
        cov[p][q] /= n - 1;
        cov[q][p] = cov[p][q];
      }
    }
    RealMatrix matrix = MatrixUtils.createRealMatrix(cov);
    EigenDecomposition eigen = new EigenDecomposition(matrix);
    double[] values = eigen.getRealEigenvalues();
    Integer[] order = new Integer[k];
    for (int j = 0; j < k; j++) {
      order[j] = j;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer j) -> values[j]).reversed());
    double[][] components = new double[k][];
    double[] variances = new double[k];
    for (int j = 0; j < k; j++) {
      components[j] = eigen.getEigenvector(order[j]).toArray();
      variances[j] = Math.max(0, values[order[j]]);
    }
    return new KernelPca(mean, components, variances);
  }

  /** The variance along each component, by decreasing size. */
  public double[] variances() {
    return variances.clone();
  }

  /** Each component's share of the total variance (sums to 1; zeros for a constant set). */
  public double[] explainedVarianceRatio() {
    double total = Arrays.stream(variances).sum();
    double[] out = new double[variances.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = total == 0 ? 0 : variances[j] / total;
    }
    return out;
  }

  /** Component {@code j} as a 3x3 kernel (a copy). */
  public double[] component(int j) {
    return components[j].clone();
  }

  /** The coefficients of every kernel of {@code set}: {@code [component][kernel]}. */
  public double[][] project(KernelSet set) {
    double[][] out = new double[KernelSet.K][set.size()];
    for (int i = 0; i < set.size(); i++) {
      float[] w = set.kernel(i);
      for (int j = 0; j < KernelSet.K; j++) {
        double s = 0;
        for (int p = 0; p < KernelSet.K; p++) {
          s += (w[p] - mean[p]) * components[j][p];
        }
        out[j][i] = s;
      }
    }
    return out;
  }

  /**
   * The spectrum of {@code set} in this basis: the variance of each coefficient over the set,
   * divided by their sum (the set's total variance about this basis's mean).
   */
  public double[] spectrum(KernelSet set) {
    double[][] c = project(set);
    double[] out = new double[KernelSet.K];
    double total = 0;
    for (int j = 0; j < out.length; j++) {
      double mean = Arrays.stream(c[j]).average().orElse(0);
      double s = 0;
      for (double v : c[j]) {
        s += (v - mean) * (v - mean);
      }
      out[j] = s;
      total += s;
    }
    for (int j = 0; j < out.length; j++) {
      out[j] = total == 0 ? 0 : out[j] / total;
    }
    return out;
  }
}
