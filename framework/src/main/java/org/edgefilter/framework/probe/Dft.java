package org.edgefilter.framework.probe;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * The forward discrete Fourier transform of one length, unnormalized: {@code X[k] = sum_j x[j]
 * e^(-2 pi i j k / n)}. Powers of two use Commons Math's radix-2 FFT; other lengths a direct O(n^2)
 * sum over a precomputed table of twiddle factors (feature maps are small, so this is cheap enough
 * and keeps every size supported).
 */
final class Dft {

  private final int n;
  private final boolean powerOfTwo;
  private final double[] cos;
  private final double[] sin;
  private final double[] outRe;
  private final double[] outIm;

  Dft(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("DFT length must be positive, got " + n);
    }
    this.n = n;
    this.powerOfTwo = Integer.bitCount(n) == 1;
    if (powerOfTwo) {
      cos = sin = outRe = outIm = null;
    } else {
      cos = new double[n];
      sin = new double[n];
      for (int m = 0; m < n; m++) {
        double angle = 2 * Math.PI * m / n;
        cos[m] = Math.cos(angle);
        sin[m] = Math.sin(angle);
      }
      outRe = new double[n];
      outIm = new double[n];
    }
  }

  int length() {
    return n;
  }

  /** Transforms {@code re + i im} (each of length n) in place. Not thread-safe. */
  void forward(double[] re, double[] im) {
    if (powerOfTwo) {
      FastFourierTransformer.transformInPlace(
          new double[][] {re, im}, DftNormalization.STANDARD, TransformType.FORWARD);
      return;
    }
    for (int k = 0; k < n; k++) {
      double sumRe = 0;
      double sumIm = 0;
      int m = 0;
      for (int j = 0; j < n; j++) {
        // e^(-i a) = cos a - i sin a, with a = 2 pi (j k mod n) / n.
        sumRe += re[j] * cos[m] + im[j] * sin[m];
        sumIm += im[j] * cos[m] - re[j] * sin[m];
        m += k;
        if (m >= n) {
          m -= n;
        }
      }
      outRe[k] = sumRe;
      outIm[k] = sumIm;
    }
    System.arraycopy(outRe, 0, re, 0, n);
    System.arraycopy(outIm, 0, im, 0, n);
  }
}
