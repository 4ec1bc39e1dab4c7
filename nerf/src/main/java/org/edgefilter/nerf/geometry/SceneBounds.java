package org.edgefilter.nerf.geometry;

/**
 * The ray interval [near, far] in which a scene's content lies, in units of the ray parameter t
 * (camera-axis depth, see {@link Rays}).
 *
 * @param near start of the interval, >= 0
 * @param far end of the interval, > near
 */
public record SceneBounds(double near, double far) {

  /** NeRF's bounds for the Blender synthetic scenes: near = 2, far = 6 (run_nerf.py, blender). */
  public static final SceneBounds BLENDER = new SceneBounds(2.0, 6.0);

  public SceneBounds {
    if (!(near >= 0) || !(far > near) || Double.isInfinite(far)) {
      throw new IllegalArgumentException("need 0 <= near < far < inf, got " + near + ", " + far);
    }
  }
}
