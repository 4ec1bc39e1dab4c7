package org.edgefilter.framework.plot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/** A scatter plot of (x, y) points in one or more series (e.g. density vs. accuracy per run). */
public final class ScatterPlot {

  static {
    Headless.ensure();
  }

  private record Series(String name, double[] x, double[] y) {}

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final int width;
  private final int height;
  private final List<Series> series;

  private ScatterPlot(Builder b) {
    this.title = b.title;
    this.xLabel = b.xLabel;
    this.yLabel = b.yLabel;
    this.width = b.width;
    this.height = b.height;
    this.series = List.copyOf(b.series);
  }

  /** A builder; {@code setTitle} and at least one {@code addSeries} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The chart as PNG bytes, {@code width x height} pixels. */
  public byte[] toPng() {
    return ChartFiles.png(chart());
  }

  /** The chart as an image, {@code width x height} pixels. */
  public BufferedImage toImage() {
    return ChartFiles.image(chart());
  }

  /** Writes the chart to {@code file} as PNG, atomically. */
  public void writePng(Path file) {
    Png.write(file, toPng());
  }

  private XYChart chart() {
    XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
        .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(8);
    for (Series s : series) {
      chart.addSeries(s.name(), s.x(), s.y());
    }
    return chart;
  }

  /** Builds a {@link ScatterPlot}. */
  public static final class Builder {
    private String title;
    private String xLabel = "";
    private String yLabel = "";
    private int width = 800;
    private int height = 500;
    private final List<Series> series = new ArrayList<>();

    private Builder() {}

    public Builder setTitle(String title) {
      this.title = title;
      return this;
    }

    public Builder optXLabel(String xLabel) {
      this.xLabel = Objects.requireNonNull(xLabel);
      return this;
    }

    public Builder optYLabel(String yLabel) {
      this.yLabel = Objects.requireNonNull(yLabel);
      return this;
    }

    /** Pixel size of the PNG (default 800 x 500). */
    public Builder optSize(int width, int height) {
      this.width = width;
      this.height = height;
      return this;
    }

    /** Adds the points {@code (x[i], y[i])}; arrays are copied, values must be finite. */
    public Builder addSeries(String name, double[] x, double[] y) {
      Objects.requireNonNull(name, "name");
      ChartFiles.checkUnique(series.stream().map(Series::name).toList(), name);
      if (x.length != y.length || x.length == 0) {
        throw new IllegalArgumentException("series '" + name + "' needs equal, non-zero numbers"
            + " of x and y values, got " + x.length + " and " + y.length);
      }
      ChartFiles.checkFinite("x", name, x);
      ChartFiles.checkFinite("y", name, y);
      series.add(new Series(name, x.clone(), y.clone()));
      return this;
    }

    public ScatterPlot build() {
      if (title == null) {
        throw new IllegalArgumentException("a scatter plot needs a title (setTitle)");
      }
      if (series.isEmpty()) {
        throw new IllegalArgumentException("scatter plot '" + title + "' has no series");
      }
      ChartFiles.checkSize(width, height);
      return new ScatterPlot(this);
    }
  }
}
