/**
 * The log-mel CNN of the audio study: three blocks of 3x3 convolution, BatchNorm, ReLU and 2x2
 * max-pooling, global average pooling and a dense classifier, with the 2D EdgeFilter over (time,
 * frequency) at a configurable position ({@code filter.position}, see {@link
 * org.edgefilter.audio.model.CnnConfig}).
 *
 * <p>{@link org.edgefilter.audio.model.AudioCnn} holds the layers and builds towers; {@link
 * org.edgefilter.audio.model.AudioClassifier} owns a graph with an evaluation tower (and, for
 * training, a training tower with its update step) and returns Java arrays, never tensors.
 */
package org.edgefilter.audio.model;
