/**
 * Audio input: WAV decoding to mono float samples, band-limited resampling, and the dataset readers
 * (Free Spoken Digit Dataset with its standard split, UrbanSound8K with its predefined folds and
 * the leave-one-fold-out protocol).
 *
 * <p>Everything here returns plain Java values (float arrays, records); features and tensors are
 * built elsewhere.
 */
package org.edgefilter.audio.data;
