package org.edgefilter.vision.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.edgefilter.framework.io.AtomicFiles;
import org.edgefilter.framework.plot.BarPlot;
import org.edgefilter.framework.run.RunResult;

/**
 * The vision experiment's comparison: per arm the mean over seeds of clean accuracy and of each
 * adaptation method's mean corrupted accuracy, a per-corruption table per method, and a grouped bar
 * chart per method. Significance across seeds is {@code bench report}'s job.
 */
public final class VisionReport {

  private VisionReport() {}

  /** Arms in order of first appearance, each with its runs. */
  static Map<String, List<RunResult>> byArm(List<RunResult> results) {
    Map<String, List<RunResult>> arms = new LinkedHashMap<>();
    for (RunResult r : results) {
      arms.computeIfAbsent(r.arm(), a -> new ArrayList<>()).add(r);
    }
    return arms;
  }

  /** The mean of {@code metric} over runs that have it; NaN if none. */
  static double mean(List<RunResult> runs, String metric) {
    return runs.stream()
        .filter(r -> r.metrics().containsKey(metric))
        .mapToDouble(r -> r.metrics().get(metric))
        .average()
        .orElse(Double.NaN);
  }

  /** Method names present in the runs (TENT may be named ln-tent). */
  static List<String> methods(List<RunResult> results, List<String> configured) {
    Set<String> out = new LinkedHashSet<>();
    for (String m : configured) {
      for (RunResult r : results) {
        for (String name : List.of(m, "ln-" + m)) {
          if (r.metrics().containsKey(name + "/mean_acc")) {
            out.add(name);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** The Markdown summary table: one row per arm. */
  public static String summaryTable(List<RunResult> results, List<String> configured) {
    List<String> methods = methods(results, configured);
    StringBuilder sb = new StringBuilder("| arm | seeds | clean acc |");
    methods.forEach(m -> sb.append(' ').append(m).append(" mean acc |"));
    sb.append("\n|---|---|---|");
    methods.forEach(m -> sb.append("---|"));
    sb.append('\n');
    byArm(results)
        .forEach(
            (arm, runs) -> {
              sb.append(
                  String.format(
                      Locale.ROOT,
                      "| %s | %d | %.2f |",
                      arm,
                      runs.size(),
                      100 * mean(runs, "clean_acc")));
              methods.forEach(
                  m ->
                      sb.append(
                          String.format(
                              Locale.ROOT, " %.2f |", 100 * mean(runs, m + "/mean_acc"))));
              sb.append('\n');
            });
    return sb.toString();
  }

  /** Writes {@code report.md} and one bar chart per method into {@code dir}; returns the report. */
  public static Path write(Path dir, List<RunResult> results, List<String> configured) {
    List<String> methods = methods(results, configured);
    Map<String, List<RunResult>> arms = byArm(results);
    StringBuilder md = new StringBuilder("# Vision experiment\n\n");
    md.append(
            "Accuracy in percent, mean over seeds. Corruptions at the evaluated severity; the model"
                + " is")
        .append(" reset to its source weights for each corruption.\n\n");
    md.append(summaryTable(results, configured)).append('\n');
    for (String method : methods) {
      List<String> corruptions = corruptionKeys(results, method);
      md.append("## ").append(method).append(" per corruption\n\n| corruption |");
      arms.keySet().forEach(a -> md.append(' ').append(a).append(" |"));
      md.append("\n|---|");
      arms.keySet().forEach(a -> md.append("---|"));
      md.append('\n');
      BarPlot.Builder plot =
          BarPlot.builder()
              .setTitle(method + ": accuracy per corruption")
              .setCategories(
                  corruptions.stream().map(k -> k.substring(0, k.lastIndexOf('/'))).toList())
              .optYLabel("accuracy (%)")
              .optSize(1200, 500);
      for (String corruption : corruptions) {
        md.append("| ").append(corruption).append(" |");
        arms.values()
            .forEach(
                runs ->
                    md.append(
                        String.format(
                            Locale.ROOT, " %.2f |", 100 * mean(runs, method + "/" + corruption))));
        md.append('\n');
      }
      arms.forEach(
          (arm, runs) ->
              plot.addSeries(
                  arm,
                  corruptions.stream()
                      .mapToDouble(c -> 100 * mean(runs, method + "/" + c))
                      .toArray()));
      String png = method + "_per_corruption.png";
      plot.build().writePng(dir.resolve(png));
      md.append("\n![").append(method).append("](").append(png).append(")\n\n");
    }
    Path report = dir.resolve("report.md");
    AtomicFiles.writeString(report, md.toString());
    return report;
  }

  /** {@code <corruption>/<severity>} keys of {@code method} in the first run's order. */
  static List<String> corruptionKeys(List<RunResult> results, String method) {
    Set<String> keys = new LinkedHashSet<>();
    for (RunResult r : results) {
      for (String k : r.metrics().keySet()) {
        if (k.startsWith(method + "/") && !k.startsWith(method + "/mean_acc")) {
          keys.add(k.substring(method.length() + 1));
        }
      }
    }
    List<String> out = new ArrayList<>(keys);
    out.sort(
        java.util.Comparator.comparingInt(VisionReport::corruptionOrder).thenComparing(k -> k));
    return out;
  }

  private static int corruptionOrder(String key) {
    String id = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
    try {
      return org.edgefilter.vision.corrupt.Corruption.fromId(id).ordinal();
    } catch (IllegalArgumentException e) {
      return Integer.MAX_VALUE;
    }
  }
}
