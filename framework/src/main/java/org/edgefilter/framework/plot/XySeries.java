package org.edgefilter.framework.plot;

import java.util.List;
import java.util.Objects;

/** One named series of points {@code (x[i], y[i])}, for line and scatter plots. */
record XySeries(String name, double[] x, double[] y) {

  /**
   * Appends a copy of the series to {@code series} after checking the name is new and {@code x} and
   * {@code y} have equal, non-zero length and finite values.
   */
  static void addTo(List<XySeries> series, String name, double[] x, double[] y) {
    Objects.requireNonNull(name, "name");
    ChartFiles.checkUnique(series.stream().map(XySeries::name).toList(), name);
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException(
          "series '"
              + name
              + "' needs equal, non-zero numbers"
              + " of x and y values, got "
              + x.length
              + " and "
              + y.length);
    }
    ChartFiles.checkFinite("x", name, x);
    ChartFiles.checkFinite("y", name, y);
    series.add(new XySeries(name, x.clone(), y.clone()));
  }
}
