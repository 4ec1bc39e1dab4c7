package org.edgefilter.audio.features;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Short-time power spectrum with a periodic Hann window of length n_fft, centred frames.
 *
 * <p>The signal is zero-padded by n_fft / 2 on both sides, so frame t covers samples [t hop -
 * n_fft/2, t hop + n_fft/2) and is centred on sample t hop (librosa.stft with center=True,
 * pad_mode='constant'); there are 1 + floor(n / hop) frames for n samples. Window w[j] = 0.5 - 0.5
 * cos(2 pi j / n_fft), j = 0..n_fft-1 (the periodic form, scipy's get_window('hann', n_fft,
 * fftbins=True)). Power is |X[k]|^2 of the unnormalized DFT X[k] = sum_j w[j] x[j] e^(-2 pi i j k /
 * n_fft), for k = 0..n_fft/2. Immutable and thread-safe.
 */
public final class Stft {

  private final int nFft;
  private final int hop;
  private final double[] window;

  /**
   * @param nFft frame and FFT length, a power of two (Commons Math's FFT requires it)
   * @param hop samples between frame centres, 1..nFft
   */
  public Stft(int nFft, int hop) {
    if (nFft < 2 || Integer.bitCount(nFft) != 1) {
      throw new IllegalArgumentException("n_fft must be a power of two >= 2, got " + nFft);
    }
    if (hop < 1 || hop > nFft) {
      throw new IllegalArgumentException("hop must be in 1.." + nFft + ", got " + hop);
    }
    this.nFft = nFft;
    this.hop = hop;
    this.window = periodicHann(nFft);
  }

  /** The periodic Hann window of length {@code n}: 0.5 - 0.5 cos(2 pi j / n). */
  public static double[] periodicHann(int n) {
    double[] w = new double[n];
    for (int j = 0; j < n; j++) {
      w[j] = 0.5 - 0.5 * Math.cos(2 * Math.PI * j / n);
    }
    return w;
  }

  /** Frames produced for {@code samples} input samples: 1 + floor(samples / hop). */
  public int frames(int samples) {
    return 1 + samples / hop;
  }

  /** Bins per frame: n_fft / 2 + 1. */
  public int bins() {
    return nFft / 2 + 1;
  }

  /**
   * Power spectrogram.
   *
   * @param x shape {@code [n]}
   * @return shape {@code [frames(n)][bins()]}
   */
  public double[][] power(float[] x) {
    int frames = frames(x.length);
    double[][] out = new double[frames][];
    double[][] ri = new double[2][nFft];
    int half = nFft / 2;
    for (int t = 0; t < frames; t++) {
      double[] re = ri[0];
      double[] im = ri[1];
      int start = t * hop - half;
      for (int j = 0; j < nFft; j++) {
        int i = start + j;
        re[j] = i >= 0 && i < x.length ? x[i] * window[j] : 0.0;
        im[j] = 0.0;
      }
      FastFourierTransformer.transformInPlace(ri, DftNormalization.STANDARD, TransformType.FORWARD);
      double[] p = new double[half + 1];
      for (int k = 0; k <= half; k++) {
        p[k] = re[k] * re[k] + im[k] * im[k];
      }
      out[t] = p;
    }
    return out;
  }
}
