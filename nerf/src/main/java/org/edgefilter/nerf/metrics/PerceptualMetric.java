package org.edgefilter.nerf.metrics;

import org.edgefilter.framework.io.RgbImage;

/** A learned image distance such as LPIPS, which needs weights that may be absent. */
public interface PerceptualMetric {

  /** The metric's name as reported, e.g. {@code lpips_alex}. */
  String name();

  /** Whether {@link #score} gives values (weights were supplied and valid). */
  boolean available();

  /**
   * The distance of {@code test} from {@code reference}, both [H, W, 3] in [0, 1]; a "not computed"
   * score with the reason when {@link #available()} is false.
   */
  PerceptualScore score(RgbImage reference, RgbImage test);
}
