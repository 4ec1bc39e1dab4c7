package org.edgefilter.audio.features;

/** How log-mel values are standardized before they reach the model. */
public enum Normalization {
  /** Raw log-mel values in dB. */
  NONE,
  /**
   * Each clip to zero mean and unit variance over all its values (see {@link
   * Spectrogram#standardized()}).
   */
  PER_CLIP,
  /** Per mel band, with mean and std computed on the training clips only ({@link DatasetStats}). */
  DATASET
}
