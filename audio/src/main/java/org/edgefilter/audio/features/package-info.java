/**
 * Log-mel spectrogram features for the audio models: STFT with a periodic Hann window, a mel
 * filterbank (Slaney by default, HTK as an option), a floored log, per-clip or dataset
 * normalization, and SpecAugment-style masking for training.
 *
 * <p>The model input layout is {@code [time, mel, 1]} per clip (NHWC with time as height and mel
 * bands as width), produced as flat row-major float arrays by {@link
 * org.edgefilter.audio.features.Spectrogram}; {@link org.edgefilter.audio.features.FeatureConfig}
 * holds every parameter and the presets.
 */
package org.edgefilter.audio.features;
