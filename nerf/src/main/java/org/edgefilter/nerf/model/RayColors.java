package org.edgefilter.nerf.model;

/**
 * Rendered values of N rays on the host.
 *
 * @param rgb [N, 3]
 * @param depth [N] expected depth
 * @param opacity [N] accumulated opacity
 */
public record RayColors(float[] rgb, float[] depth, float[] opacity) {}
