/**
 * What a trained network learned: its 3x3 convolution kernels read straight from a checkpoint
 * ({@link org.edgefilter.framework.analysis.CheckpointTensors}), the CNN Filter DB measures of a
 * kernel set (degenerate share, sparsity, variance entropy, PCA spectrum, divergence between kernel
 * distributions), fits of discrete-Gaussian derivative models to each kernel, the {@code kernels}
 * report over the runs of an experiment, and feature probes across training.
 */
package org.edgefilter.framework.analysis;
