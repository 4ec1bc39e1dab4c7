package org.edgefilter.audio.features;

/**
 * How a waveform is brought to the fixed clip length: longer clips keep their first {@code length}
 * samples, shorter ones are padded at the end.
 */
public enum PaddingMode {
  /** Pad with silence (zeros). Adds no content; the log-mel of the padding is the floor. */
  ZERO,
  /** Repeat the clip from its start until the length is filled. */
  LOOP;

  /**
   * The waveform cut or padded to {@code length} samples.
   *
   * @param samples shape {@code [n]}
   * @return shape {@code [length]}; a new array
   */
  public float[] fit(float[] samples, int length) {
    float[] out = new float[length];
    if (samples.length >= length) {
      System.arraycopy(samples, 0, out, 0, length);
      return out;
    }
    System.arraycopy(samples, 0, out, 0, samples.length);
    if (this == LOOP && samples.length > 0) {
      for (int i = samples.length; i < length; i += samples.length) {
        System.arraycopy(samples, 0, out, i, Math.min(samples.length, length - i));
      }
    }
    return out;
  }
}
