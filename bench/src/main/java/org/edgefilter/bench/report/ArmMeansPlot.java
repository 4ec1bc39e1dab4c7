package org.edgefilter.bench.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.compare.ComparisonSet;
import org.edgefilter.bench.compare.Format;
import org.edgefilter.bench.compare.TaskComparisons;
import org.edgefilter.bench.stats.Summary;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * One bar chart per task and scalar metric: the mean of each arm over its runs, whiskers the 95%
 * Student-t confidence interval of that mean (none for an arm with one run).
 */
final class ArmMeansPlot implements PlotContributor {

  @Override
  public List<Figure> figures(ResultSet results, ComparisonSet comparisons) {
    List<Figure> out = new ArrayList<>();
    double level = comparisons.settings().level();
    for (TaskComparisons t : comparisons.tasks()) {
      for (String metric : t.scalarMetrics()) {
        List<String> arms = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        for (String arm : t.arms()) {
          Summary s = t.summary(metric, arm);
          if (s == null) {
            continue;
          }
          arms.add(arm + " (n=" + s.n() + ")");
          means.add(s.mean());
          double hw = s.meanHalfWidth(level);
          errors.add(Double.isNaN(hw) ? 0.0 : hw);
        }
        if (arms.isEmpty()) {
          continue;
        }
        boolean higher = results.higherIsBetter(t.task(), metric);
        CategoryChart chart =
            new CategoryChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title(t.task().label() + ": " + metric)
                .xAxisTitle("arm")
                .yAxisTitle(metric + (higher ? " (higher is better)" : " (lower is better)"))
                .build();
        Charts.style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setErrorBarsColor(Color.BLACK);
        chart.getStyler().setXAxisLabelRotation(arms.size() > 4 ? 30 : 0);
        chart.addSeries("mean", arms, means, errors);
        out.add(
            new Figure(
                "means-" + Figure.slug(t.task().label() + "-" + metric),
                t.task(),
                "Arm means: " + metric,
                "Mean of "
                    + metric
                    + " per arm over its runs; whiskers: "
                    + Format.num(100 * level)
                    + "% Student-t confidence interval of the mean (absent for n = 1).",
                Charts.png(chart)));
      }
    }
    return out;
  }
}
