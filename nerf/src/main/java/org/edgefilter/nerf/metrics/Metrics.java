package org.edgefilter.nerf.metrics;

import org.edgefilter.framework.io.RgbImage;

/** Checks shared by the metrics. */
final class Metrics {

  private Metrics() {}

  static void requireSameSize(RgbImage a, RgbImage b) {
    if (!a.sameSize(b)) {
      throw new IllegalArgumentException(
          "images differ in size: "
              + a.height()
              + "x"
              + a.width()
              + " vs "
              + b.height()
              + "x"
              + b.width());
    }
  }
}
