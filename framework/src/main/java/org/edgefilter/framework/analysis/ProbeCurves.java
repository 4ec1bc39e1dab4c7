package org.edgefilter.framework.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edgefilter.framework.plot.LinePlot;
import org.edgefilter.framework.run.MetricsLog;

/**
 * Plots the per-epoch feature probes ({@link EpochProbes}) of several runs: one PNG per measured
 * figure and tap ({@code probe_epoch_<figure>_<tap>.png}), one line per run ({@code <arm> s<seed>})
 * over epochs. Runs without epoch probes in their {@code metrics.jsonl} are left out.
 */
public final class ProbeCurves {

  private ProbeCurves() {}

  /** Writes the plots into {@code out}; returns their files (none if no run has probes). */
  public static List<Path> plot(List<Path> runDirs, Path out) {
    // key (figure/tap) -> run label -> (epochs, values)
    Map<String, Map<String, List<double[]>>> curves = new LinkedHashMap<>();
    for (Path run : runDirs) {
      Path file = run.resolve(MetricsLog.FILE_NAME);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      String label =
          run.getParent().getFileName()
              + " s"
              + run.getFileName().toString().substring("seed-".length());
      for (Map<String, Object> record : MetricsLog.read(file)) {
        Object epoch = record.get("train/epoch");
        if (!(epoch instanceof Number e)) {
          continue;
        }
        for (Map.Entry<String, Object> entry : record.entrySet()) {
          if (entry.getKey().startsWith(EpochProbes.PREFIX)
              && entry.getValue() instanceof Number v) {
            String key = entry.getKey().substring(EpochProbes.PREFIX.length());
            curves
                .computeIfAbsent(key, k -> new LinkedHashMap<>())
                .computeIfAbsent(label, k -> new ArrayList<>())
                .add(new double[] {e.doubleValue() + 1, v.doubleValue()});
          }
        }
      }
    }
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<double[]>>> c : curves.entrySet()) {
      String[] parts = c.getKey().split("/", 2);
      String what =
          parts[0].equals("density") ? "density (fraction > 0)" : "low-frequency energy share";
      LinePlot.Builder plot =
          LinePlot.builder()
              .setTitle(what + " at " + parts[1] + " across training")
              .optXLabel("epoch")
              .optYLabel(parts[0])
              .optMarkers(true)
              .optSize(800, 450);
      for (Map.Entry<String, List<double[]>> run : c.getValue().entrySet()) {
        // A resumed run may log an epoch twice; keep the last record of each epoch.
        Map<Double, Double> byEpoch = new java.util.TreeMap<>();
        for (double[] p : run.getValue()) {
          byEpoch.put(p[0], p[1]);
        }
        double[] x = byEpoch.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = byEpoch.values().stream().mapToDouble(Double::doubleValue).toArray();
        plot.addSeries(run.getKey(), x, y);
      }
      Path file = out.resolve("probe_epoch_" + c.getKey().replace('/', '_') + ".png");
      plot.build().writePng(file);
      files.add(file);
    }
    return files;
  }
}
