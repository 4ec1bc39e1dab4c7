package org.edgefilter.framework.plot;

import java.util.List;

/** A categorical chart ({@link BarPlot}, {@link DotPlot}): the frame and the x-axis categories. */
abstract class CategoryPlot extends ChartPlot {

  final List<String> categories;

  CategoryPlot(CategoryPlotBuilder<?> b) {
    super(b);
    this.categories = List.copyOf(b.categories);
  }
}
