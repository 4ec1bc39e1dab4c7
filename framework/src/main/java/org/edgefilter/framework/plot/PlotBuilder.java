package org.edgefilter.framework.plot;

import java.util.Objects;

/**
 * The options every chart builder shares: a required title, the y-axis label and the pixel size.
 * The x-axis label is held here too but set by each builder that offers one ({@link DotPlot}'s
 * categories need none), so it stays {@code ""}, XChart's own default, otherwise.
 *
 * @param <B> the concrete builder, returned by every option so calls chain
 */
abstract class PlotBuilder<B extends PlotBuilder<B>> {

  String title;
  String xLabel = "";
  String yLabel = "";
  int width = 800;
  int height = 500;

  PlotBuilder() {}

  /** {@code this}, typed as the concrete builder. */
  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  /** The chart title (required). */
  public B setTitle(String title) {
    this.title = title;
    return self();
  }

  /** The y-axis label (none by default). */
  public B optYLabel(String yLabel) {
    this.yLabel = Objects.requireNonNull(yLabel);
    return self();
  }

  /** Pixel size of the PNG (default 800 x 500). */
  public B optSize(int width, int height) {
    this.width = width;
    this.height = height;
    return self();
  }

  /** Sets the x-axis label, for the builders whose {@code optXLabel} offers one. */
  B xLabel(String xLabel) {
    this.xLabel = Objects.requireNonNull(xLabel);
    return self();
  }

  /** Fails unless a title is set; {@code kind} names the chart ("line plot"). */
  void checkTitle(String kind) {
    if (title == null) {
      throw new IllegalArgumentException("a " + kind + " needs a title (setTitle)");
    }
  }

  void checkSize() {
    ChartFiles.checkSize(width, height);
  }
}
