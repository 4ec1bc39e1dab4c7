/**
 * Host-side (plain Java) parts of NeRF rendering: the reference volume renderer ({@link
 * org.edgefilter.nerf.render.VolumeRenderer}) that tests and the TF graph are checked against,
 * stratified and hierarchical (inverse-CDF) sampling of ray depths ({@link
 * org.edgefilter.nerf.render.StratifiedSampler}, {@link
 * org.edgefilter.nerf.render.HierarchicalSampler}), and PNG output of images and labelled
 * side-by-side comparisons ({@link org.edgefilter.nerf.render.PngImages}). All arrays are flat and
 * batched over rays: [rays, samples] row-major.
 */
package org.edgefilter.nerf.render;
