/**
 * The audio study: configurations with presets, the datasets' evaluation protocols (FSDD's standard
 * split, UrbanSound8K's leave-one-fold-out over its predefined folds), training and evaluation of
 * one arm into a run directory, the baseline-versus-filter experiment with its comparison table,
 * and the spectrogram figure of the filter's input and output.
 *
 * <p>Entry points take an immutable {@link org.edgefilter.audio.experiment.AudioConfig} and return
 * records; {@link org.edgefilter.audio.AudioCli} only parses and prints.
 */
package org.edgefilter.audio.experiment;
