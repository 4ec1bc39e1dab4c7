package org.edgefilter.framework.plot;

import java.util.List;

/** An x-y chart ({@link LinePlot}, {@link ScatterPlot}): the frame and its series of points. */
abstract class XyPlot extends ChartPlot {

  final List<XySeries> series;

  XyPlot(XyPlotBuilder<?> b) {
    super(b);
    this.series = List.copyOf(b.series);
  }
}
