/**
 * NeRF Blender synthetic scenes: reading {@code transforms_*.json} and RGBA PNGs composited on
 * white ({@link org.edgefilter.nerf.data.BlenderReader}), the few-shot view split ({@link
 * org.edgefilter.nerf.data.FewShotSplit}), flat ray arrays for whole view sets and a seeded random
 * ray-batch sampler over all training pixels ({@link org.edgefilter.nerf.data.RaySampler}).
 */
package org.edgefilter.nerf.data;
