package org.edgefilter.framework.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** A scatter plot of (x, y) points in one or more series (e.g. density vs. accuracy per run). */
public final class ScatterPlot extends XyPlot {

  private ScatterPlot(Builder b) {
    super(b);
  }

  /** A builder; {@code setTitle} and at least one {@code addSeries} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  XYChart chart() {
    XYChart chart = framedXyChart();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(8);
    for (XySeries s : series) {
      chart.addSeries(s.name(), s.x(), s.y());
    }
    return chart;
  }

  /** Builds a {@link ScatterPlot}. */
  public static final class Builder extends XyPlotBuilder<Builder> {

    private Builder() {}

    /** Checks the required settings and returns the plot. */
    public ScatterPlot build() {
      checkTitleSeriesAndSize("scatter plot");
      return new ScatterPlot(this);
    }
  }
}
