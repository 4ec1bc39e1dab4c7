package org.edgefilter.audio.features;

import java.util.Collection;

/**
 * Per-mel-band mean and standard deviation over every frame of a set of spectrograms, fitted on the
 * training clips only and then applied to train and test alike.
 *
 * @param mean shape {@code [mels]}
 * @param std shape {@code [mels]}, population standard deviation; bands with std below 1e-5 are
 *     only centred
 */
public record DatasetStats(float[] mean, float[] std) {

  public DatasetStats {
    if (mean.length != std.length || mean.length == 0) {
      throw new IllegalArgumentException(
          "mean and std must have the same non-zero length, got "
              + mean.length
              + " and "
              + std.length);
    }
  }

  /**
   * Fits the statistics.
   *
   * @param train spectrograms with the same number of mel bands
   * @throws IllegalArgumentException if {@code train} is empty or band counts differ
   */
  public static DatasetStats fit(Collection<Spectrogram> train) {
    if (train.isEmpty()) {
      throw new IllegalArgumentException("dataset statistics need at least one training clip");
    }
    int mels = train.iterator().next().mels();
    double[] sum = new double[mels];
    double[] sumSq = new double[mels];
    long count = 0;
    for (Spectrogram s : train) {
      if (s.mels() != mels) {
        throw new IllegalArgumentException(
            "all spectrograms need " + mels + " mel bands, found one with " + s.mels());
      }
      float[] v = s.values();
      for (int t = 0; t < s.frames(); t++) {
        for (int m = 0; m < mels; m++) {
          double x = v[t * mels + m];
          sum[m] += x;
          sumSq[m] += x * x;
        }
      }
      count += s.frames();
    }
    float[] mean = new float[mels];
    float[] std = new float[mels];
    for (int m = 0; m < mels; m++) {
      double mu = sum[m] / count;
      mean[m] = (float) mu;
      std[m] = (float) Math.sqrt(Math.max(0, sumSq[m] / count - mu * mu));
    }
    return new DatasetStats(mean, std);
  }

  /** Number of mel bands. */
  public int mels() {
    return mean.length;
  }

  /** (x - mean[m]) / std[m] for every value in band m. */
  public Spectrogram apply(Spectrogram s) {
    if (s.mels() != mean.length) {
      throw new IllegalArgumentException(
          "statistics are for " + mean.length + " mel bands, spectrogram has " + s.mels());
    }
    float[] v = s.values();
    float[] out = new float[v.length];
    for (int t = 0; t < s.frames(); t++) {
      for (int m = 0; m < mean.length; m++) {
        double scale = std[m] < Spectrogram.MIN_STD ? 1.0 : 1.0 / std[m];
        int i = t * mean.length + m;
        out[i] = (float) ((v[i] - mean[m]) * scale);
      }
    }
    return new Spectrogram(s.frames(), s.mels(), out);
  }
}
