package org.edgefilter.audio.features;

/**
 * Waveform to log-mel spectrogram: {@link Stft} power, {@link MelFilterbank}, then 10 log10(max(p,
 * 1e-10)). Immutable and thread-safe.
 */
public final class LogMelSpectrogram {

  private final Stft stft;
  private final MelFilterbank filterbank;

  /** Uses the STFT and filterbank parameters of {@code config}. */
  public LogMelSpectrogram(FeatureConfig config) {
    this.stft = new Stft(config.nFft(), config.hopLength());
    this.filterbank =
        MelFilterbank.create(
            config.sampleRate(),
            config.nFft(),
            config.nMels(),
            config.fmin(),
            config.fmax(),
            config.melScale(),
            config.melNorm());
  }

  /** The filterbank in use. */
  public MelFilterbank filterbank() {
    return filterbank;
  }

  /**
   * Log-mel values in dB, not normalized.
   *
   * @param samples shape {@code [n]}, at the configured sample rate
   * @return shape {@code [1 + n / hop, n_mels, 1]}
   */
  public Spectrogram compute(float[] samples) {
    double[][] power = stft.power(samples);
    int mels = filterbank.mels();
    float[] values = new float[power.length * mels];
    double[] band = new double[mels];
    for (int t = 0; t < power.length; t++) {
      filterbank.apply(power[t], band);
      for (int m = 0; m < mels; m++) {
        values[t * mels + m] =
            (float) (10.0 * Math.log10(Math.max(band[m], FeatureConfig.POWER_FLOOR)));
      }
    }
    return new Spectrogram(power.length, mels, values);
  }
}
