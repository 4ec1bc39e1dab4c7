package org.edgefilter.bench.compare;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edgefilter.bench.collect.TaskKey;
import org.edgefilter.bench.stats.Summary;

/**
 * Everything the report shows for one task.
 *
 * @param task the task
 * @param baseline the reference arm
 * @param arms every arm of the task, sorted
 * @param seeds arm to its seeds
 * @param directions metric to higher-is-better, for every selected metric
 * @param summaries metric to arm to summary over all that arm's runs (every selected metric,
 *     including family members)
 * @param scalarMetrics selected metrics compared one by one (paired by seed)
 * @param groups metric families compared paired by unit
 * @param comparisons every comparison of this task
 * @param notes why something was not compared (missing baseline, unknown arm)
 * @param holmFamilySize the number of p-values in the Holm family this task's comparisons belong to
 *     (its own with {@link HolmFamily#STUDY}, the report's with {@link HolmFamily#ALL})
 */
public record TaskComparisons(
    TaskKey task,
    String baseline,
    List<String> arms,
    Map<String, List<Long>> seeds,
    Map<String, Boolean> directions,
    Map<String, Map<String, Summary>> summaries,
    List<String> scalarMetrics,
    List<AxisGroup> groups,
    List<Comparison> comparisons,
    List<String> notes,
    int holmFamilySize) {

  public TaskComparisons {
    arms = List.copyOf(arms);
    seeds = new TreeMap<>(seeds);
    directions = new TreeMap<>(directions);
    summaries = new TreeMap<>(summaries);
    scalarMetrics = List.copyOf(scalarMetrics);
    groups = List.copyOf(groups);
    comparisons = List.copyOf(comparisons);
    notes = List.copyOf(notes);
  }

  /** The summary of {@code arm} on {@code metric}, or null when that arm has no value. */
  public Summary summary(String metric, String arm) {
    Map<String, Summary> byArm = summaries.get(metric);
    return byArm == null ? null : byArm.get(arm);
  }
}
