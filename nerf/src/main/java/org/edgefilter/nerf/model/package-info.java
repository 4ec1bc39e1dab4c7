/**
 * The NeRF model in TensorFlow graph form: positional encoding ({@link
 * org.edgefilter.nerf.model.PositionalEncoding}), the MLP with an EdgeFilter slot ({@link
 * org.edgefilter.nerf.model.NerfMlp}, {@link org.edgefilter.nerf.model.NerfFilterConfig}, {@link
 * org.edgefilter.nerf.model.FilterAxis}), differentiable volume rendering ({@link
 * org.edgefilter.nerf.model.VolumeRendering}), and the coarse + fine model with its training step
 * and chunked rendering ({@link org.edgefilter.nerf.model.NerfModel}). Hierarchical sampling of
 * fine depths runs on the host between two session runs ({@link
 * org.edgefilter.nerf.model.SamplingConfig}).
 */
package org.edgefilter.nerf.model;
