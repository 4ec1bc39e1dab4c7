package org.edgefilter.audio.features;

import java.util.List;
import java.util.Objects;

/**
 * A log-mel spectrogram in the model's layout {@code [time, mel, 1]}: a flat row-major array in
 * which value (t, m) is at index t * mels + m. Treat {@code values} as read-only; every
 * transformation returns a new instance.
 *
 * @param frames number of time frames (height H)
 * @param mels number of mel bands (width W)
 * @param values shape {@code [frames * mels]}, i.e. {@code [frames, mels, 1]} flattened
 */
public record Spectrogram(int frames, int mels, float[] values) {

  /** Below this standard deviation a clip counts as constant and is only centred. */
  static final double MIN_STD = 1e-5;

  public Spectrogram {
    Objects.requireNonNull(values, "values");
    if (frames < 1 || mels < 1 || values.length != (long) frames * mels) {
      throw new IllegalArgumentException(
          "expected values of length frames x mels = "
              + frames
              + " x "
              + mels
              + ", got "
              + values.length);
    }
  }

  /** Value at time frame {@code t} and mel band {@code m}. */
  public float get(int t, int m) {
    return values[t * mels + m];
  }

  /** The NHWC shape of one example without the batch axis: {@code {frames, mels, 1}}. */
  public long[] shape() {
    return new long[] {frames, mels, 1};
  }

  /** Mean of all values. */
  public double mean() {
    double sum = 0;
    for (float v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /**
   * Per-clip standardization: (x - mean) / std over all values of this clip (population std; a std
   * below 1e-5 is treated as 1, so silence maps to zeros instead of dividing by zero).
   */
  public Spectrogram standardized() {
    double mean = mean();
    double sq = 0;
    for (float v : values) {
      sq += (v - mean) * (v - mean);
    }
    double std = Math.sqrt(sq / values.length);
    double scale = std < MIN_STD ? 1.0 : 1.0 / std;
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (float) ((values[i] - mean) * scale);
    }
    return new Spectrogram(frames, mels, out);
  }

  /**
   * Stacks equally shaped spectrograms into one batch.
   *
   * @return shape {@code [batch, frames, mels, 1]} flattened row-major
   * @throws IllegalArgumentException if the list is empty or shapes differ
   */
  public static float[] stack(List<Spectrogram> batch) {
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("cannot stack an empty batch");
    }
    Spectrogram first = batch.get(0);
    int size = first.values.length;
    float[] out = new float[Math.multiplyExact(batch.size(), size)];
    for (int b = 0; b < batch.size(); b++) {
      Spectrogram s = batch.get(b);
      if (s.frames != first.frames || s.mels != first.mels) {
        throw new IllegalArgumentException(
            "batch element "
                + b
                + " has shape ["
                + s.frames
                + ", "
                + s.mels
                + ", 1], element 0 has ["
                + first.frames
                + ", "
                + first.mels
                + ", 1]");
      }
      System.arraycopy(s.values, 0, out, b * size, size);
    }
    return out;
  }
}
