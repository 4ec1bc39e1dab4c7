package org.edgefilter.audio.data;

import java.util.Objects;

/**
 * A mono waveform.
 *
 * @param samples shape {@code [length]}, nominally in [-1, 1] (integer PCM is divided by
 *     2^(bits-1); float data is passed through); multi-channel sources are averaged over channels
 * @param sampleRate samples per second of {@code samples}
 * @param source the format the file was stored in (its sample rate may differ from {@code
 *     sampleRate} after resampling)
 */
public record AudioClip(float[] samples, int sampleRate, WavFormat source) {

  public AudioClip {
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(source, "source");
    if (sampleRate <= 0) {
      throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
    }
  }

  /** Duration in seconds. */
  public double seconds() {
    return samples.length / (double) sampleRate;
  }

  /** This clip at {@code rate}, through {@code resampler} unless it already has that rate. */
  public AudioClip resampled(Resampler resampler) {
    if (resampler.fromRate() != sampleRate) {
      throw new IllegalArgumentException(
          "resampler expects "
              + resampler.fromRate()
              + " Hz but the clip has "
              + sampleRate
              + " Hz");
    }
    if (resampler.toRate() == sampleRate) {
      return this;
    }
    return new AudioClip(resampler.apply(samples), resampler.toRate(), source);
  }
}
