package org.edgefilter.framework.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of an x-y chart's builder ({@link LinePlot}, {@link ScatterPlot}): the x-axis label
 * and the series of {@code (x, y)} points, at least one.
 *
 * @param <B> the concrete builder, returned by every option so calls chain
 */
abstract class XyPlotBuilder<B extends XyPlotBuilder<B>> extends PlotBuilder<B> {

  final List<XySeries> series = new ArrayList<>();

  XyPlotBuilder() {}

  /** The x-axis label (none by default). */
  public B optXLabel(String xLabel) {
    return xLabel(xLabel);
  }

  /**
   * Adds a series of the points {@code (x[i], y[i])} (a curve through them in a line plot); arrays
   * are copied, values must be finite.
   */
  public B addSeries(String name, double[] x, double[] y) {
    XySeries.addTo(series, name, x, y);
    return self();
  }

  /** Fails unless the chart {@code kind} ("line plot") has a title, a series and a valid size. */
  void checkTitleSeriesAndSize(String kind) {
    checkTitle(kind);
    if (series.isEmpty()) {
      throw new IllegalArgumentException(kind + " '" + title + "' has no series");
    }
    checkSize();
  }
}
