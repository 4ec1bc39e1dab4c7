package org.edgefilter.framework.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A line chart of one or more series (e.g. training loss per arm, spectra per layer). */
public final class LinePlot extends XyPlot {

  private final boolean logY;
  private final boolean markers;

  private LinePlot(Builder b) {
    super(b);
    this.logY = b.logY;
    this.markers = b.markers;
  }

  /** A builder; {@code setTitle} and at least one {@code addSeries} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  XYChart chart() {
    XYChart chart = framedXyChart();
    chart.getStyler().setYAxisLogarithmic(logY);
    for (XySeries s : series) {
      XYSeries added = chart.addSeries(s.name(), s.x(), s.y());
      added.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      if (!markers) {
        added.setMarker(SeriesMarkers.NONE);
      }
    }
    return chart;
  }

  /** Builds a {@link LinePlot}. */
  public static final class Builder extends XyPlotBuilder<Builder> {
    private boolean logY;
    private boolean markers = true;

    private Builder() {}

    /** A logarithmic y axis (every y must then be positive). */
    public Builder optLogY(boolean logY) {
      this.logY = logY;
      return this;
    }

    /** Draw a marker at each point (default true). */
    public Builder optMarkers(boolean markers) {
      this.markers = markers;
      return this;
    }

    /** Checks the required settings and returns the plot. */
    public LinePlot build() {
      checkTitleSeriesAndSize("line plot");
      if (logY) {
        for (XySeries s : series) {
          for (double v : s.y()) {
            if (v <= 0) {
              throw new IllegalArgumentException(
                  "log y axis needs y > 0; series '" + s.name() + "' has " + v);
            }
          }
        }
      }
      return new LinePlot(this);
    }
  }
}
