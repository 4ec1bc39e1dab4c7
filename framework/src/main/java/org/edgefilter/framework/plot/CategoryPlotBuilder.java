package org.edgefilter.framework.plot;

import java.util.List;

/**
 * The options of a categorical chart's builder ({@link BarPlot}, {@link DotPlot}): the categories
 * along the x axis, and the check that every series has one entry per category.
 *
 * @param <B> the concrete builder, returned by every option so calls chain
 */
abstract class CategoryPlotBuilder<B extends CategoryPlotBuilder<B>> extends PlotBuilder<B> {

  List<String> categories;

  CategoryPlotBuilder() {}

  /** The categories along the x axis, in order; every series has one entry per category. */
  public B setCategories(List<String> categories) {
    this.categories = List.copyOf(categories);
    return self();
  }

  /**
   * Fails unless the chart {@code kind} ("bar plot") has categories and series, and every series
   * (its name and its number of entries) has one entry per category.
   */
  void checkCategories(String kind, List<String> names, int[] lengths) {
    if (categories == null || categories.isEmpty()) {
      throw new IllegalArgumentException(kind + " '" + title + "' has no categories");
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException(kind + " '" + title + "' has no series");
    }
    for (int i = 0; i < names.size(); i++) {
      if (lengths[i] != categories.size()) {
        throw new IllegalArgumentException(
            String.format(
                "series '%s' has %d values for %d categories",
                names.get(i), lengths[i], categories.size()));
      }
    }
  }
}
