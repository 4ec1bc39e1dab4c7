package org.edgefilter.framework.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/** What every XChart-based plot shares: PNG encoding and the project's plain styling. */
final class ChartFiles {

  static {
    Headless.ensure();
  }

  private ChartFiles() {}

  static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("could not render chart '" + chart.getTitle() + "'", e);
    }
  }

  static BufferedImage image(Chart<?, ?> chart) {
    return BitmapEncoder.getBufferedImage(chart);
  }

  /** White background, antialiased, legend inside the plot area at top right. */
  static void style(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setAntiAlias(true);
    styler.setLegendPosition(Styler.LegendPosition.InsideNE);
  }

  static void checkSize(int width, int height) {
    if (width < 50 || height < 50) {
      throw new IllegalArgumentException(
          "chart size must be at least 50x50, got " + width + "x" + height);
    }
  }

  /** Every value finite; the message names the series and index. */
  static void checkFinite(String what, String series, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            what
                + " of series '"
                + series
                + "' at index "
                + i
                + " is "
                + values[i]
                + "; plots need finite values");
      }
    }
  }

  static void checkUnique(List<String> names, String name) {
    if (names.contains(name)) {
      throw new IllegalArgumentException("series '" + name + "' added twice");
    }
  }
}
