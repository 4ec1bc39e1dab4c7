package org.edgefilter.bench.report;

import java.util.List;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.compare.ComparisonSet;

/**
 * A source of figures for a report: the extension point for new plots. An implementation looks at
 * the runs and comparisons, and returns figures only when its data are present (a spectrum plot
 * returns nothing for runs without spectra). Figure ids must be unique across contributors; prefix
 * them with the contributor's kind.
 */
@FunctionalInterface
public interface PlotContributor {

  /**
   * The figures for this report, in display order.
   *
   * @param results every run
   * @param comparisons the computed comparisons
   */
  List<Figure> figures(ResultSet results, ComparisonSet comparisons);

  /** Bars of arm means with CIs, per-unit grouped bars, paired differences, probe profiles. */
  static List<PlotContributor> defaults() {
    return List.of(
        new ArmMeansPlot(),
        new AxisGroupPlot(),
        new PairedDifferencePlot(),
        new ProbeProfilePlot());
  }
}
