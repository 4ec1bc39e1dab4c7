package org.edgefilter.framework.plot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.edgefilter.framework.io.Png;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * What every XChart-based plot shares: its frame (title, axis labels, pixel size), the project's
 * styling and the PNG outputs. A subclass only adds its series to a framed chart.
 */
abstract class ChartPlot {

  static {
    Headless.ensure();
  }

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final int width;
  private final int height;

  ChartPlot(PlotBuilder<?> b) {
    this.title = b.title;
    this.xLabel = b.xLabel;
    this.yLabel = b.yLabel;
    this.width = b.width;
    this.height = b.height;
  }

  /** The width in pixels. */
  int width() {
    return width;
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

  /** A new chart with every series added; called for each output, so it must not keep state. */
  abstract Chart<?, ?> chart();

  /** An empty x-y chart with this plot's frame and the common styling. */
  XYChart framedXyChart() {
    XYChart chart =
        new XYChartBuilder()
            .width(width)
            .height(height)
            .title(title)
            .xAxisTitle(xLabel)
            .yAxisTitle(yLabel)
            .build();
    ChartFiles.style(chart.getStyler());
    return chart;
  }

  /** An empty category chart with this plot's frame and the common styling. */
  CategoryChart framedCategoryChart() {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(width)
            .height(height)
            .title(title)
            .xAxisTitle(xLabel)
            .yAxisTitle(yLabel)
            .build();
    ChartFiles.style(chart.getStyler());
    return chart;
  }
}
