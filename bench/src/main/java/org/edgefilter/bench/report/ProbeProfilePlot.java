package org.edgefilter.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.collect.TaskKey;
import org.edgefilter.bench.compare.ComparisonSet;
import org.edgefilter.bench.compare.ComparisonSettings;
import org.edgefilter.bench.stats.Summary;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Line plots of diagnostic profiles stored as metrics: a name {@code probe/<path>/<x>} whose last
 * segment is a number is the value at x of the profile {@code probe/<path>}, e.g. {@code
 * probe/density/block1/0.25} (a feature density at 0.25) or {@code probe/fft/block1/3} (the
 * spectrum at frequency bin 3). One plot per profile, one line per arm (mean over runs).
 */
final class ProbeProfilePlot implements PlotContributor {

  /** A profile needs at least this many points to be drawn. */
  static final int MIN_POINTS = 2;

  @Override
  public List<Figure> figures(ResultSet results, ComparisonSet comparisons) {
    List<Figure> out = new ArrayList<>();
    for (TaskKey task : results.tasks()) {
      Map<String, Map<Double, String>> profiles = profiles(results.metrics(task));
      for (Map.Entry<String, Map<Double, String>> p : profiles.entrySet()) {
        if (p.getValue().size() < MIN_POINTS) {
          continue;
        }
        XYChart chart =
            new XYChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title(task.label() + ": " + p.getKey())
                .xAxisTitle(kind(p.getKey()).equals("fft") ? "frequency" : "x")
                .yAxisTitle("mean over runs")
                .build();
        Charts.style(chart.getStyler());
        chart.getStyler().setMarkerSize(4);
        int lines = 0;
        for (String arm : results.arms(task)) {
          List<Double> xs = new ArrayList<>();
          List<Double> ys = new ArrayList<>();
          for (Map.Entry<Double, String> point : p.getValue().entrySet()) {
            double[] v =
                results.values(task, arm, point.getValue()).values().stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            if (v.length > 0) {
              xs.add(point.getKey());
              ys.add(Summary.of(v).mean());
            }
          }
          if (xs.size() >= MIN_POINTS) {
            XYSeries s = chart.addSeries(arm, xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.CIRCLE);
            lines++;
          }
        }
        if (lines > 0) {
          out.add(
              new Figure(
                  "probe-" + Figure.slug(task.label() + "-" + p.getKey()),
                  task,
                  "Profile: " + p.getKey(),
                  "Mean over each arm's runs of the metrics "
                      + p.getKey()
                      + "/<x>, drawn against x.",
                  Charts.png(chart)));
        }
      }
    }
    return out;
  }

  /** Profile name to (x to metric name), for metrics under {@code probe/} ending in a number. */
  static Map<String, Map<Double, String>> profiles(List<String> metrics) {
    Map<String, Map<Double, String>> out = new TreeMap<>();
    for (String m : metrics) {
      int slash = m.lastIndexOf('/');
      if (!m.startsWith(ComparisonSettings.PROBE_PREFIX) || slash <= 0) {
        continue;
      }
      try {
        double x = Double.parseDouble(m.substring(slash + 1));
        out.computeIfAbsent(m.substring(0, slash), k -> new TreeMap<>()).put(x, m);
      } catch (NumberFormatException notAProfilePoint) {
        // Other probe metrics (a single summary number) are listed, not plotted.
      }
    }
    return out;
  }

  /** The profile kind: the segment after {@code probe/}, e.g. {@code fft}. */
  private static String kind(String name) {
    String[] s = name.split("/");
    return s.length > 1 ? s[1] : name;
  }
}
