package org.edgefilter.bench.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.compare.AxisGroup;
import org.edgefilter.bench.compare.ComparisonSet;
import org.edgefilter.bench.compare.TaskComparisons;
import org.edgefilter.bench.stats.Summary;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Grouped bars for a metric family (e.g. accuracy per corruption): one group per unit, one bar per
 * arm (its mean over runs), whiskers one standard deviation across runs.
 */
final class AxisGroupPlot implements PlotContributor {

  @Override
  public List<Figure> figures(ResultSet results, ComparisonSet comparisons) {
    List<Figure> out = new ArrayList<>();
    for (TaskComparisons t : comparisons.tasks()) {
      for (AxisGroup g : t.groups()) {
        CategoryChart chart =
            new CategoryChartBuilder()
                .width(Charts.WIDTH + 200)
                .height(Charts.HEIGHT + 40)
                .title(t.task().label() + ": " + g.pattern())
                .xAxisTitle("entry of " + g.pattern())
                .yAxisTitle(g.higherIsBetter() ? "higher is better" : "lower is better")
                .build();
        Charts.style(chart.getStyler());
        chart.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        chart.getStyler().setXAxisLabelRotation(45);
        int series = 0;
        for (String arm : t.arms()) {
          List<String> units = new ArrayList<>();
          List<Double> means = new ArrayList<>();
          List<Double> sds = new ArrayList<>();
          for (String unit : g.units()) {
            Summary s = t.summary(g.members().get(unit), arm);
            units.add(unit);
            means.add(s == null ? 0.0 : s.mean());
            sds.add(s == null || Double.isNaN(s.std()) ? 0.0 : s.std());
          }
          if (t.summaries().values().stream().noneMatch(m -> m.containsKey(arm))) {
            continue;
          }
          chart.addSeries(arm, units, means, sds);
          series++;
        }
        if (series == 0) {
          continue;
        }
        out.add(
            new Figure(
                "units-" + Figure.slug(t.task().label() + "-" + g.pattern()),
                t.task(),
                "Per-entry means: " + g.pattern(),
                "Mean over runs of each member of "
                    + g.pattern()
                    + " per arm; whiskers: one SD "
                    + "across runs (absent for n = 1; a missing entry is drawn as 0).",
                Charts.png(chart)));
      }
    }
    return out;
  }
}
