package org.edgefilter.framework.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.markers.Marker;

/**
 * A categorical dot plot: for each category (e.g. corruption) and series (e.g. arm), one dot per
 * observation (e.g. per seed), so the spread across seeds stays visible rather than hidden in a
 * mean. Series sit side by side within a category, and so do the observations of one series, so
 * equal values stay countable.
 */
public final class DotPlot extends CategoryPlot {

  /** {@code values[category]} holds that category's observations. */
  private record Series(String name, double[][] values) {}

  private final List<Series> series;

  private DotPlot(Builder b) {
    super(b);
    this.series = List.copyOf(b.series);
  }

  /** A builder; {@code setTitle}, {@code setCategories} and one {@code addSeries} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * XChart's category chart places series side by side within each category; observation {@code j}
   * of a series becomes its own hidden-from-legend chart series ("slot"), all slots of a series
   * sharing its colour and marker. A category with fewer observations leaves slots empty.
   */
  @Override
  CategoryChart chart() {
    CategoryChart chart = framedCategoryChart();
    chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(7);
    Color[] colors = chart.getStyler().getSeriesColors();
    Marker[] markers = chart.getStyler().getSeriesMarkers();
    for (int s = 0; s < series.size(); s++) {
      Series one = series.get(s);
      int slots = 0;
      for (double[] values : one.values()) {
        slots = Math.max(slots, values.length);
      }
      for (int j = 0; j < slots; j++) {
        List<Double> ys = new ArrayList<>();
        for (double[] values : one.values()) {
          ys.add(j < values.length ? values[j] : null);
        }
        // Slot names only need to be unique; the legend shows the first slot, named as the series.
        String name = j == 0 ? one.name() : one.name() + "\u0000" + j;
        CategorySeries slot = chart.addSeries(name, categories, ys);
        slot.setMarkerColor(colors[s % colors.length]);
        slot.setMarker(markers[s % markers.length]);
        slot.setShowInLegend(j == 0);
      }
    }
    return chart;
  }

  /** Builds a {@link DotPlot}. */
  public static final class Builder extends CategoryPlotBuilder<Builder> {
    private final List<Series> series = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a series: {@code valuesPerCategory[c]} are the observations for category {@code c} (any
     * number, may be empty); values must be finite.
     */
    public Builder addSeries(String name, double[][] valuesPerCategory) {
      Objects.requireNonNull(name, "name");
      ChartFiles.checkUnique(series.stream().map(Series::name).toList(), name);
      double[][] copy = new double[valuesPerCategory.length][];
      for (int c = 0; c < copy.length; c++) {
        ChartFiles.checkFinite("category " + c + " value", name, valuesPerCategory[c]);
        copy[c] = valuesPerCategory[c].clone();
      }
      series.add(new Series(name, copy));
      return this;
    }

    /** Checks the required settings and returns the plot. */
    public DotPlot build() {
      checkTitle("dot plot");
      checkCategories(
          "dot plot",
          series.stream().map(Series::name).toList(),
          series.stream().mapToInt(s -> s.values().length).toArray());
      for (Series s : series) {
        boolean anyPoint = false;
        for (double[] v : s.values()) {
          anyPoint |= v.length > 0;
        }
        if (!anyPoint) {
          throw new IllegalArgumentException("series '" + s.name() + "' has no observations");
        }
      }
      checkSize();
      return new DotPlot(this);
    }
  }
}
