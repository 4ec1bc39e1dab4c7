package org.edgefilter.bench.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** Shared look and PNG encoding of the report's charts (rendered off-screen). */
final class Charts {

  static final int WIDTH = 820;
  static final int HEIGHT = 440;

  /** Colour-blind-safe palette (Okabe and Ito 2008). */
  static final Color[] PALETTE = {
    new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
    new Color(204, 121, 167), new Color(86, 180, 233), new Color(213, 94, 0),
    new Color(240, 228, 66), new Color(0, 0, 0)
  };

  private Charts() {}

  static void style(AxesChartStyler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setLegendPosition(Styler.LegendPosition.OutsideE);
    s.setSeriesColors(PALETTE);
    s.setAntiAlias(true);
  }

  static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode a chart as PNG", e);
    }
  }
}
