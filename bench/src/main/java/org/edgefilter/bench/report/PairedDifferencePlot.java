package org.edgefilter.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.compare.Comparison;
import org.edgefilter.bench.compare.ComparisonSet;
import org.edgefilter.bench.compare.Design;
import org.edgefilter.bench.compare.Format;
import org.edgefilter.bench.compare.TaskComparisons;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One dot plot per task and metric: for each compared arm, the differences {@code arm - baseline}
 * of every pair (per seed, or per unit for a family) as dots, their mean as a diamond and the CI
 * the verdict quotes (see {@link org.edgefilter.bench.compare.CiMethod}) as a vertical bar; a
 * horizontal line marks zero. For unpaired designs the dots are the arm's runs minus the baseline's
 * mean.
 */
final class PairedDifferencePlot implements PlotContributor {

  @Override
  public List<Figure> figures(ResultSet results, ComparisonSet comparisons) {
    List<Figure> out = new ArrayList<>();
    for (TaskComparisons t : comparisons.tasks()) {
      Map<String, List<Comparison>> byMetric = new LinkedHashMap<>();
      for (Comparison c : t.comparisons()) {
        byMetric.computeIfAbsent(c.metric(), m -> new ArrayList<>()).add(c);
      }
      for (Map.Entry<String, List<Comparison>> e : byMetric.entrySet()) {
        out.add(figure(t, e.getKey(), e.getValue(), comparisons.settings().level()));
      }
    }
    return out;
  }

  private static Figure figure(
      TaskComparisons t, String metric, List<Comparison> cs, double level) {
    XYChart chart =
        new XYChartBuilder()
            .width(Charts.WIDTH)
            .height(Charts.HEIGHT)
            .title(t.task().label() + ": " + metric + " - " + t.baseline())
            .xAxisTitle("arm (colours: see legend)")
            .yAxisTitle("difference (arm - " + t.baseline() + ")")
            .build();
    Charts.style(chart.getStyler());
    chart.getStyler().setMarkerSize(8);
    chart.getStyler().setXAxisMin(0.5);
    chart.getStyler().setXAxisMax(cs.size() + 0.5);
    // Arms are told apart by colour and legend: XChart's custom tick labels misbehave (blank or
    // looping) when most ticks have no label, so the x axis carries no numbers.
    chart.getStyler().setXAxisTicksVisible(false);
    XYSeries zero =
        chart.addSeries("zero", new double[] {0.5, cs.size() + 0.5}, new double[] {0, 0});
    zero.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    zero.setMarker(SeriesMarkers.NONE);
    zero.setLineColor(Color.GRAY);
    zero.setShowInLegend(false);
    zero.setLineStyle(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    for (int k = 0; k < cs.size(); k++) {
      Comparison c = cs.get(k);
      Color color = Charts.PALETTE[k % Charts.PALETTE.length];
      double x0 = k + 1;
      double[] d = c.design() == Design.UNPAIRED ? runsMinusBaselineMean(c) : c.differences();
      double[] xs = new double[d.length];
      for (int i = 0; i < d.length; i++) {
        // Deterministic spread so equal differences stay visible side by side.
        xs[i] = x0 + (d.length == 1 ? 0 : 0.25 * (i / (double) (d.length - 1) - 0.5));
      }
      if (d.length > 0) {
        XYSeries dots = chart.addSeries(c.arm(), xs, d);
        dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        dots.setMarker(SeriesMarkers.CIRCLE);
        dots.setMarkerColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 150));
      }
      double[] bounds = c.bounds(c.verdict().ciMethod());
      if (bounds != null) {
        XYSeries ci = chart.addSeries(c.arm() + " CI", new double[] {x0 + 0.2, x0 + 0.2}, bounds);
        ci.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        ci.setMarker(SeriesMarkers.NONE);
        ci.setLineColor(Color.BLACK);
        ci.setLineStyle(new BasicStroke(2.5f));
        ci.setShowInLegend(false);
      }
      if (!Double.isNaN(c.meanDifference())) {
        XYSeries mean =
            chart.addSeries(
                c.arm() + " mean", new double[] {x0 + 0.2}, new double[] {c.meanDifference()});
        mean.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        mean.setMarker(SeriesMarkers.DIAMOND);
        mean.setMarkerColor(Color.BLACK);
        mean.setShowInLegend(false);
      }
    }
    return new Figure(
        "diff-" + Figure.slug(t.task().label() + "-" + metric),
        t.task(),
        "Differences: " + metric,
        "Dots: arm - "
            + t.baseline()
            + " for every pair (per seed, or per entry of a family; "
            + "unpaired arms: each run minus the baseline mean). Diamond: mean difference; "
            + "black bar: the "
            + Format.num(100 * level)
            + "% CI the verdict quotes ("
            + ciNames(cs)
            + "). Dashed line: no difference.",
        Charts.png(chart));
  }

  /** The quoted intervals' names, "t interval", or "ef-k3: t, ef-k11: BCa" when they differ. */
  private static String ciNames(List<Comparison> cs) {
    List<String> names = cs.stream().map(c -> c.verdict().ciMethod().label()).distinct().toList();
    if (names.size() == 1) {
      return names.get(0) + " interval";
    }
    return String.join(
        ", ", cs.stream().map(c -> c.arm() + ": " + c.verdict().ciMethod().label()).toList());
  }

  private static double[] runsMinusBaselineMean(Comparison c) {
    double base = c.baselineSummary().mean();
    double[] out = new double[c.armValues().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = c.armValues().get(i) - base;
    }
    return out;
  }
}
