package org.edgefilter.framework.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.Styler;

/**
 * A grouped bar chart: one group per category (e.g. corruption), one bar per series (e.g. arm) in
 * each group, optionally with symmetric error bars (e.g. the half-width of a 95% CI). XChart draws
 * only symmetric error bars; an asymmetric interval (a bootstrap CI) is better shown with {@link
 * DotPlot} or as a table.
 */
public final class BarPlot extends CategoryPlot {

  /** One bar per category; {@code errors} is null or holds one half-width per category. */
  private record Series(String name, double[] values, double[] errors) {}

  /** Degrees the category labels turn when they would not fit side by side. */
  static final int LABEL_ROTATION = 40;

  /** A generous width of one character of the axis font, in pixels. */
  private static final int CHAR_PIXELS = 8;

  private final Double yMin;
  private final Double yMax;
  private final List<Series> series;

  private BarPlot(Builder b) {
    super(b);
    this.yMin = b.yMin;
    this.yMax = b.yMax;
    this.series = List.copyOf(b.series);
  }

  /** A builder; {@code setTitle}, {@code setCategories} and one {@code addSeries} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  CategoryChart chart() {
    CategoryChart chart = framedCategoryChart();
    chart.getStyler().setErrorBarsColor(Color.BLACK);
    // Below the plot the legend never hides a bar; long category names are turned to stay apart.
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    if (crowded(categories, width())) {
      chart.getStyler().setXAxisLabelRotation(LABEL_ROTATION);
    }
    if (yMin != null) {
      chart.getStyler().setYAxisMin(yMin);
    }
    if (yMax != null) {
      chart.getStyler().setYAxisMax(yMax);
    }
    boolean anyErrors = series.stream().anyMatch(s -> s.errors() != null);
    for (Series s : series) {
      List<Double> values = Arrays.stream(s.values()).boxed().toList();
      if (anyErrors) {
        // XChart wants error bars on every series once one has them; none means zero width.
        double[] errors = s.errors() != null ? s.errors() : new double[s.values().length];
        chart.addSeries(s.name(), categories, values, Arrays.stream(errors).boxed().toList());
      } else {
        chart.addSeries(s.name(), categories, values);
      }
    }
    return chart;
  }

  /**
   * Whether the category labels, written side by side, need more than the room one group has (the
   * plot's width over the categories, less a margin).
   */
  static boolean crowded(List<String> categories, int width) {
    double room = 0.85 * width / categories.size();
    return categories.stream().anyMatch(c -> (c.length() + 1) * CHAR_PIXELS > room);
  }

  /** Builds a {@link BarPlot}. */
  public static final class Builder extends CategoryPlotBuilder<Builder> {
    private Double yMin;
    private Double yMax;
    private final List<Series> series = new ArrayList<>();

    private Builder() {}

    /** The x-axis label (none by default). */
    public Builder optXLabel(String xLabel) {
      return xLabel(xLabel);
    }

    /** Fixes the y axis range (default: fitted by XChart). */
    public Builder optYRange(double min, double max) {
      if (!(min < max)) {
        throw new IllegalArgumentException("y range needs min < max, got " + min + ", " + max);
      }
      this.yMin = min;
      this.yMax = max;
      return this;
    }

    /** Adds a series without error bars: one value per category. */
    public Builder addSeries(String name, double[] values) {
      return add(name, values, null);
    }

    /**
     * Adds a series with symmetric error bars: {@code values[i] +- errors[i]}, one per category.
     */
    public Builder addSeries(String name, double[] values, double[] errors) {
      return add(name, values, Objects.requireNonNull(errors, "errors"));
    }

    private Builder add(String name, double[] values, double[] errors) {
      Objects.requireNonNull(name, "name");
      ChartFiles.checkUnique(series.stream().map(Series::name).toList(), name);
      ChartFiles.checkFinite("value", name, values);
      if (errors != null) {
        if (errors.length != values.length) {
          throw new IllegalArgumentException(
              "series '"
                  + name
                  + "' has "
                  + values.length
                  + " values but "
                  + errors.length
                  + " error bars");
        }
        ChartFiles.checkFinite("error", name, errors);
        for (int i = 0; i < errors.length; i++) {
          if (errors[i] < 0) {
            throw new IllegalArgumentException(
                "error bar " + i + " of series '" + name + "' is negative: " + errors[i]);
          }
        }
      }
      series.add(new Series(name, values.clone(), errors == null ? null : errors.clone()));
      return this;
    }

    /** Checks the required settings and returns the plot. */
    public BarPlot build() {
      checkTitle("bar plot");
      checkCategories(
          "bar plot",
          series.stream().map(Series::name).toList(),
          series.stream().mapToInt(s -> s.values().length).toArray());
      checkSize();
      return new BarPlot(this);
    }
  }
}
