package org.edgefilter.audio.features;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * Everything that determines the features of a clip; written into a run's config.json (snake_case
 * keys).
 *
 * <p>A waveform is resampled to {@code sampleRate}, cut or padded to {@code clipSeconds}, and
 * turned into {@code frames() = 1 + clipSamples() / hopLength} frames of {@code nMels} log-mel
 * values: model input shape {@code [frames(), nMels, 1]}. Log: 10 log10(max(p, 1e-10)) dB of the
 * mel band power p of a waveform in [-1, 1] (librosa.power_to_db with ref 1, amin 1e-10, no
 * top_db); the floor, -100 dB, is what silence and zero padding map to.
 *
 * @param sampleRate Hz the waveform is resampled to
 * @param nFft STFT frame and FFT length in samples, a power of two (the window length too)
 * @param hopLength samples between frames, 1..nFft
 * @param nMels mel bands
 * @param fmin lowest filter edge, Hz
 * @param fmax highest filter edge, Hz, at most sampleRate / 2
 * @param clipSeconds fixed clip length; longer clips are cut, shorter ones padded
 * @param padding how shorter clips are padded
 * @param melScale the mel scale of the filterbank
 * @param melNorm the filter scaling
 * @param normalization how values are standardized
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FeatureConfig(
    int sampleRate,
    int nFft,
    int hopLength,
    int nMels,
    double fmin,
    double fmax,
    double clipSeconds,
    PaddingMode padding,
    MelScale melScale,
    MelNorm melNorm,
    Normalization normalization) {

  /** The log floor on mel band power. */
  public static final double POWER_FLOOR = 1e-10;

  public FeatureConfig {
    Objects.requireNonNull(padding, "padding");
    Objects.requireNonNull(melScale, "melScale");
    Objects.requireNonNull(melNorm, "melNorm");
    Objects.requireNonNull(normalization, "normalization");
    if (sampleRate <= 0) {
      throw new IllegalArgumentException("sample_rate must be positive, got " + sampleRate);
    }
    if (nFft < 2 || Integer.bitCount(nFft) != 1) {
      throw new IllegalArgumentException("n_fft must be a power of two >= 2, got " + nFft);
    }
    if (hopLength < 1 || hopLength > nFft) {
      throw new IllegalArgumentException(
          "hop_length must be in 1..n_fft=" + nFft + ", got " + hopLength);
    }
    if (nMels < 1) {
      throw new IllegalArgumentException("n_mels must be positive, got " + nMels);
    }
    if (!(fmin >= 0 && fmin < fmax && fmax <= sampleRate / 2.0)) {
      throw new IllegalArgumentException(
          "need 0 <= fmin < fmax <= sample_rate / 2 = "
              + sampleRate / 2.0
              + ", got fmin "
              + fmin
              + ", fmax "
              + fmax);
    }
    if (!(clipSeconds > 0) || Double.isInfinite(clipSeconds)) {
      throw new IllegalArgumentException("clip_seconds must be positive, got " + clipSeconds);
    }
  }

  /**
   * Free Spoken Digit Dataset at its native 8 kHz: 32 ms frames (n_fft 256), 10 ms hop, 40 Slaney
   * mel bands over 0-4000 Hz, 1 s clips zero-padded (99.3% of the 3000 recordings are shorter; the
   * longest, 2.3 s, is cut), dataset normalization. Shape [101, 40, 1].
   */
  public static FeatureConfig fsdd() {
    return builder()
        .setSampleRate(8000)
        .setNFft(256)
        .setHopLength(80)
        .setNMels(40)
        .setClipSeconds(1.0)
        .optNormalization(Normalization.DATASET)
        .build();
  }

  /**
   * UrbanSound8K at 8 kHz (the rate of the project's copy; full-rate files are resampled to it): 64
   * ms frames (n_fft 512, 15.6 Hz bins), 32 ms hop, 64 Slaney mel bands over 0-4000 Hz, 4 s clips
   * (the dataset's maximum slice length) zero-padded, dataset normalization. Shape [126, 64, 1].
   */
  public static FeatureConfig urbanSound8k() {
    return builder()
        .setSampleRate(8000)
        .setNFft(512)
        .setHopLength(256)
        .setNMels(64)
        .setClipSeconds(4.0)
        .optNormalization(Normalization.DATASET)
        .build();
  }

  /** Samples per clip: round(clipSeconds x sampleRate). */
  public int clipSamples() {
    return (int) Math.round(clipSeconds * sampleRate);
  }

  /** Time frames per clip: 1 + clipSamples() / hopLength (centred frames). */
  public int frames() {
    return 1 + clipSamples() / hopLength;
  }

  /** Model input shape of one clip: {@code {frames(), nMels, 1}}. */
  public long[] inputShape() {
    return new long[] {frames(), nMels, 1};
  }

  /** A builder holding this configuration's values. */
  public Builder toBuilder() {
    return new Builder()
        .setSampleRate(sampleRate)
        .setNFft(nFft)
        .setHopLength(hopLength)
        .setNMels(nMels)
        .setClipSeconds(clipSeconds)
        .optFmin(fmin)
        .optFmax(fmax)
        .optPadding(padding)
        .optMelScale(melScale)
        .optMelNorm(melNorm)
        .optNormalization(normalization);
  }

  /** A builder with no values set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FeatureConfig}. Required: {@code setSampleRate}, {@code setNFft}, {@code
   * setHopLength}, {@code setNMels}, {@code setClipSeconds}. Optional, with defaults: fmin 0, fmax
   * sampleRate / 2, padding ZERO, mel scale SLANEY, mel norm SLANEY, normalization NONE.
   */
  public static final class Builder {
    private Integer sampleRate;
    private Integer nFft;
    private Integer hopLength;
    private Integer nMels;
    private Double clipSeconds;
    private double fmin = 0;
    private Double fmax;
    private PaddingMode padding = PaddingMode.ZERO;
    private MelScale melScale = MelScale.SLANEY;
    private MelNorm melNorm = MelNorm.SLANEY;
    private Normalization normalization = Normalization.NONE;

    private Builder() {}

    public Builder setSampleRate(int sampleRate) {
      this.sampleRate = sampleRate;
      return this;
    }

    public Builder setNFft(int nFft) {
      this.nFft = nFft;
      return this;
    }

    public Builder setHopLength(int hopLength) {
      this.hopLength = hopLength;
      return this;
    }

    public Builder setNMels(int nMels) {
      this.nMels = nMels;
      return this;
    }

    public Builder setClipSeconds(double clipSeconds) {
      this.clipSeconds = clipSeconds;
      return this;
    }

    public Builder optFmin(double fmin) {
      this.fmin = fmin;
      return this;
    }

    /** Highest filter edge; defaults to sampleRate / 2. */
    public Builder optFmax(double fmax) {
      this.fmax = fmax;
      return this;
    }

    public Builder optPadding(PaddingMode padding) {
      this.padding = padding;
      return this;
    }

    public Builder optMelScale(MelScale melScale) {
      this.melScale = melScale;
      return this;
    }

    public Builder optMelNorm(MelNorm melNorm) {
      this.melNorm = melNorm;
      return this;
    }

    public Builder optNormalization(Normalization normalization) {
      this.normalization = normalization;
      return this;
    }

    /**
     * @throws IllegalStateException if a required value is missing
     * @throws IllegalArgumentException if a value is out of range
     */
    public FeatureConfig build() {
      require(sampleRate, "setSampleRate");
      require(nFft, "setNFft");
      require(hopLength, "setHopLength");
      require(nMels, "setNMels");
      require(clipSeconds, "setClipSeconds");
      double top = fmax != null ? fmax : sampleRate / 2.0;
      return new FeatureConfig(
          sampleRate,
          nFft,
          hopLength,
          nMels,
          fmin,
          top,
          clipSeconds,
          padding,
          melScale,
          melNorm,
          normalization);
    }

    private static void require(Object value, String setter) {
      if (value == null) {
        throw new IllegalStateException("FeatureConfig.Builder: " + setter + " was not called");
      }
    }
  }
}
