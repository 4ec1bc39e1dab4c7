package org.edgefilter.bench.summary;

import java.util.List;
import java.util.Objects;

/**
 * One study of the verdict table: which runs (task {@code <modality>/<experiment>}), which arms,
 * which metrics, and how our scale differs from the paper's. Read from a studies file ({@link
 * StudyTable}); adding a study is one entry there.
 *
 * @param id short name, unique
 * @param title the study in words, e.g. "Audio: UrbanSound8K"
 * @param modality the runs' modality
 * @param experiment the runs' experiment (folder {@code <runs>/<modality>/<experiment>})
 * @param dataset the dataset as we run it
 * @param baseline the baseline arm
 * @param filter the filter arm
 * @param scale how our setting differs from the paper's, in words
 * @param metrics the rows of this study; its Holm family by default
 * @param aliases earlier names of the filter arm (runs written before the arm-naming rule changed),
 *     tried in order when no run has {@code filter}; empty when absent
 */
public record Study(
    String id,
    String title,
    String modality,
    String experiment,
    String dataset,
    String baseline,
    String filter,
    String scale,
    List<Metric> metrics,
    List<String> aliases) {

  public Study {
    for (String[] f :
        new String[][] {
          {"id", id},
          {"title", title},
          {"modality", modality},
          {"experiment", experiment},
          {"dataset", dataset},
          {"baseline", baseline},
          {"filter", filter},
          {"scale", scale}
        }) {
      if (f[1] == null || f[1].isBlank()) {
        throw new IllegalArgumentException("study '" + id + "': missing '" + f[0] + "'");
      }
    }
    if (metrics == null || metrics.isEmpty()) {
      throw new IllegalArgumentException("study '" + id + "': 'metrics' needs at least one entry");
    }
    metrics = List.copyOf(metrics);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /**
   * One row: a metric of the runs and the paper's number it is compared with.
   *
   * @param metric the metric name in result.json
   * @param label the metric in words, with its unit, e.g. "TENT accuracy (%)"
   * @param factor multiplies our values (means, differences, CIs) into the paper's units, e.g. 100
   *     for a fraction shown as percent; 1 when absent
   * @param paper key of the paper's number in {@link PaperResults#TABLE}; null when the paper has
   *     no such number (the study is ours)
   */
  public record Metric(String metric, String label, Double factor, String paper) {
    public Metric {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(label, "label");
      factor = factor == null ? 1.0 : factor;
      if (!(factor > 0)) {
        throw new IllegalArgumentException("metric '" + metric + "': factor must be > 0");
      }
      if (paper != null && PaperResults.find(paper).isEmpty()) {
        throw new IllegalArgumentException(
            "metric '" + metric + "': paper key '" + paper + "' is not in PaperResults.TABLE");
      }
    }
  }
}
