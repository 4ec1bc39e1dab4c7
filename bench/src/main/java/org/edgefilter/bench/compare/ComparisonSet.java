package org.edgefilter.bench.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * All comparisons of a report, Holm-adjusted together.
 *
 * @param settings how they were computed
 * @param tasks one entry per task
 * @param familySize the number of p-values in the Holm family
 * @param warnings problems met while reading the runs
 */
public record ComparisonSet(
    ComparisonSettings settings, List<TaskComparisons> tasks, int familySize,
    List<String> warnings) {

  public ComparisonSet {
    tasks = List.copyOf(tasks);
    warnings = List.copyOf(warnings);
  }

  /** Every comparison of every task, in report order. */
  public List<Comparison> comparisons() {
    List<Comparison> all = new ArrayList<>();
    tasks.forEach(t -> all.addAll(t.comparisons()));
    return all;
  }
}
