package org.edgefilter.framework.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** A scatter plot of (x, y) points in one or more series (e.g. density vs. accuracy per run). */
public final class ScatterPlot extends ChartPlot {

  private final List<XySeries> series;

  private ScatterPlot(Builder b) {
    super(b);
    this.series = List.copyOf(b.series);
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
  public static final class Builder extends PlotBuilder<Builder> {
    private final List<XySeries> series = new ArrayList<>();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** The x-axis label (none by default). */
    public Builder optXLabel(String xLabel) {
      return xLabel(xLabel);
    }

    /** Adds the points {@code (x[i], y[i])}; arrays are copied, values must be finite. */
    public Builder addSeries(String name, double[] x, double[] y) {
      XySeries.addTo(series, name, x, y);
      return this;
    }

    /** Checks the required settings and returns the plot. */
    public ScatterPlot build() {
      checkTitle("scatter plot");
      if (series.isEmpty()) {
        throw new IllegalArgumentException("scatter plot '" + title + "' has no series");
      }
      checkSize();
      return new ScatterPlot(this);
    }
  }
}
