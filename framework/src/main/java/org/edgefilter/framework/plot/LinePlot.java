package org.edgefilter.framework.plot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A line chart of one or more series (e.g. training loss per arm, spectra per layer). */
public final class LinePlot {

  static {
    Headless.ensure();
  }

  /** One curve: {@code x} and {@code y} have equal length. */
  private record Series(String name, double[] x, double[] y) {}

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final int width;
  private final int height;
  private final boolean logY;
  private final boolean markers;
  private final List<Series> series;

  private LinePlot(Builder b) {
    this.title = b.title;
    this.xLabel = b.xLabel;
    this.yLabel = b.yLabel;
    this.width = b.width;
    this.height = b.height;
    this.logY = b.logY;
    this.markers = b.markers;
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
    chart.getStyler().setYAxisLogarithmic(logY);
    for (Series s : series) {
      XYSeries added = chart.addSeries(s.name(), s.x(), s.y());
      added.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      if (!markers) {
        added.setMarker(SeriesMarkers.NONE);
      }
    }
    return chart;
  }

  /** Builds a {@link LinePlot}. */
  public static final class Builder {
    private String title;
    private String xLabel = "";
    private String yLabel = "";
    private int width = 800;
    private int height = 500;
    private boolean logY;
    private boolean markers = true;
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

    /** Adds a curve through {@code (x[i], y[i])}; arrays are copied, values must be finite. */
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

    public LinePlot build() {
      if (title == null) {
        throw new IllegalArgumentException("a line plot needs a title (setTitle)");
      }
      if (series.isEmpty()) {
        throw new IllegalArgumentException("line plot '" + title + "' has no series");
      }
      ChartFiles.checkSize(width, height);
      if (logY) {
        for (Series s : series) {
          for (double v : s.y()) {
            if (v <= 0) {
              throw new IllegalArgumentException("log y axis needs y > 0; series '" + s.name()
                  + "' has " + v);
            }
          }
        }
      }
      return new LinePlot(this);
    }
  }
}
