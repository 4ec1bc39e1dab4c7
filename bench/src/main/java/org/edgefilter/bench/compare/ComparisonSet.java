package org.edgefilter.bench.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * All comparisons of a report, Holm-adjusted per study or together ({@link
 * ComparisonSettings#holmFamily()}).
 *
 * @param settings how they were computed
 * @param tasks one entry per task, each with the size of its Holm family
 * @param familySize the number of p-values adjusted, over all families
 * @param warnings problems met while reading the runs
 */
public record ComparisonSet(
    ComparisonSettings settings,
    List<TaskComparisons> tasks,
    int familySize,
    List<String> warnings) {

  public ComparisonSet {
    tasks = List.copyOf(tasks);
    warnings = List.copyOf(warnings);
  }

  /**
   * The Holm family in words, e.g. "one family per study (task modality/experiment): vision/quick 8
   * p-values, audio/quick 1 p-value".
   */
  public String familyDescription() {
    StringBuilder s = new StringBuilder(settings.holmFamily().label());
    if (settings.holmFamily() == HolmFamily.ALL) {
      return s.append(": ").append(plural(familySize)).toString();
    }
    String sep = ": ";
    for (TaskComparisons t : tasks) {
      s.append(sep).append(t.task().label()).append(' ').append(plural(t.holmFamilySize()));
      sep = ", ";
    }
    return s.toString();
  }

  private static String plural(int n) {
    return n + (n == 1 ? " p-value" : " p-values");
  }

  /** Every comparison of every task, in report order. */
  public List<Comparison> comparisons() {
    List<Comparison> all = new ArrayList<>();
    tasks.forEach(t -> all.addAll(t.comparisons()));
    return all;
  }
}
