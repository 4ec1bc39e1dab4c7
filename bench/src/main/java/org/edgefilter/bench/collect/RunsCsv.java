package org.edgefilter.bench.collect;

import java.nio.file.Path;
import java.util.Map;
import org.edgefilter.framework.io.AtomicFiles;

/**
 * Writes every metric of every run as one CSV row (long format, RFC 4180 quoting) for spreadsheets
 * and data frames: {@code modality,experiment,arm,seed,metric,value,higher_is_better,file}.
 */
public final class RunsCsv {

  /** The header line. */
  public static final String HEADER =
      "modality,experiment,arm,seed,metric,value,higher_is_better,file";

  private RunsCsv() {}

  /** Writes {@code results} to {@code file} atomically. */
  public static void write(ResultSet results, Path file) {
    StringBuilder s = new StringBuilder(HEADER).append('\n');
    for (TaskKey task : results.tasks()) {
      for (RunRecord r : results.runs(task)) {
        for (Map.Entry<String, Double> m : r.result().metrics().entrySet()) {
          s.append(field(task.modality()))
              .append(',')
              .append(field(task.experiment()))
              .append(',')
              .append(field(r.result().arm()))
              .append(',')
              .append(r.result().seed())
              .append(',')
              .append(field(m.getKey()))
              .append(',')
              .append(m.getValue())
              .append(',')
              .append(r.result().higherIsBetter().get(m.getKey()))
              .append(',')
              .append(field(r.file().toString()))
              .append('\n');
        }
      }
    }
    AtomicFiles.writeString(file, s.toString());
  }

  static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
