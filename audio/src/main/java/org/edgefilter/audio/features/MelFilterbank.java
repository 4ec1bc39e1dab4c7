package org.edgefilter.audio.features;

/**
 * Triangular mel filters over the bins of a one-sided power spectrum.
 *
 * <p>Definition (as librosa.filters.mel): FFT bin k has frequency k sr / n_fft for k = 0..n_fft/2;
 * n_mels + 2 points equally spaced on the mel scale from fmin to fmax are mapped back to Hz,
 * f[0..n_mels+1]; filter i rises linearly from 0 at f[i] to 1 at f[i+1] and falls to 0 at f[i+2],
 * that is weight(i, k) = max(0, min((fk - f[i]) / (f[i+1] - f[i]), (f[i+2] - fk) / (f[i+2] -
 * f[i+1]))), then is scaled per {@link MelNorm}. Immutable.
 */
public final class MelFilterbank {

  private final int bins;
  private final double[][] weights;
  private final int[] firstBin;
  private final int[] lastBin;

  private MelFilterbank(int bins, double[][] weights) {
    this.bins = bins;
    this.weights = weights;
    this.firstBin = new int[weights.length];
    this.lastBin = new int[weights.length];
    for (int i = 0; i < weights.length; i++) {
      int first = 0;
      while (first < bins && weights[i][first] == 0) {
        first++;
      }
      int last = bins - 1;
      while (last >= first && weights[i][last] == 0) {
        last--;
      }
      firstBin[i] = first;
      lastBin[i] = last;
    }
  }

  /**
   * Builds the filterbank.
   *
   * @throws IllegalArgumentException for an invalid range, or if some filter falls between two FFT
   *     bins and would be empty (too many mel bands for this n_fft)
   */
  public static MelFilterbank create(
      int sampleRate, int nFft, int nMels, double fmin, double fmax, MelScale scale, MelNorm norm) {
    if (sampleRate <= 0 || nFft < 2 || nMels < 1) {
      throw new IllegalArgumentException(
          "need sampleRate > 0, nFft >= 2, nMels >= 1; got "
              + sampleRate
              + ", "
              + nFft
              + ", "
              + nMels);
    }
    if (!(fmin >= 0 && fmin < fmax && fmax <= sampleRate / 2.0)) {
      throw new IllegalArgumentException(
          "need 0 <= fmin < fmax <= sampleRate / 2 = "
              + sampleRate / 2.0
              + "; got fmin "
              + fmin
              + ", fmax "
              + fmax);
    }
    int bins = nFft / 2 + 1;
    double melLow = scale.hzToMel(fmin);
    double melHigh = scale.hzToMel(fmax);
    double[] edges = new double[nMels + 2];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = scale.melToHz(melLow + (melHigh - melLow) * i / (nMels + 1));
    }
    double[][] weights = new double[nMels][bins];
    for (int i = 0; i < nMels; i++) {
      double lower = edges[i];
      double center = edges[i + 1];
      double upper = edges[i + 2];
      double scaleFactor = norm == MelNorm.SLANEY ? 2.0 / (upper - lower) : 1.0;
      boolean empty = true;
      for (int k = 0; k < bins; k++) {
        double f = k * (double) sampleRate / nFft;
        double rise = (f - lower) / (center - lower);
        double fall = (upper - f) / (upper - center);
        double w = Math.max(0, Math.min(rise, fall));
        weights[i][k] = w * scaleFactor;
        empty &= w == 0;
      }
      if (empty) {
        throw new IllegalArgumentException(
            String.format(
                "mel filter %d (%.1f-%.1f Hz) covers no FFT bin at n_fft %d, %d Hz (bin spacing"
                    + " %.2f Hz): use fewer mel bands or a larger n_fft",
                i, lower, upper, nFft, sampleRate, sampleRate / (double) nFft));
      }
    }
    return new MelFilterbank(bins, weights);
  }

  /** Number of mel bands. */
  public int mels() {
    return weights.length;
  }

  /** Number of spectrum bins the filters apply to: n_fft / 2 + 1. */
  public int bins() {
    return bins;
  }

  /** Weight of spectrum bin {@code bin} in mel band {@code mel}. */
  public double weight(int mel, int bin) {
    return weights[mel][bin];
  }

  /** A copy of all weights, shape {@code [mels][bins]}. */
  public double[][] weights() {
    double[][] copy = new double[weights.length][];
    for (int i = 0; i < weights.length; i++) {
      copy[i] = weights[i].clone();
    }
    return copy;
  }

  /**
   * Mel band energies of one power spectrum.
   *
   * @param power shape {@code [bins]}
   * @param out receives shape {@code [mels]}
   */
  public void apply(double[] power, double[] out) {
    if (power.length != bins || out.length != weights.length) {
      throw new IllegalArgumentException(
          "expected power["
              + bins
              + "] and out["
              + weights.length
              + "], got power["
              + power.length
              + "] and out["
              + out.length
              + "]");
    }
    for (int i = 0; i < weights.length; i++) {
      double sum = 0;
      double[] w = weights[i];
      for (int k = firstBin[i]; k <= lastBin[i]; k++) {
        sum += w[k] * power[k];
      }
      out[i] = sum;
    }
  }
}
