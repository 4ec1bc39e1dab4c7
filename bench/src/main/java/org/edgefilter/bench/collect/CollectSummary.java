package org.edgefilter.bench.collect;

import java.nio.file.Path;
import java.util.List;

/**
 * What a runs directory holds compared with what a sweep expected.
 *
 * @param root the runs directory
 * @param runCount number of completed runs found
 * @param tasks per task, per arm: seeds found and seeds the sweep spec expected but did not find
 * @param incomplete run directories without a result.json (failed, running or killed runs)
 * @param warnings problems found while reading
 * @param skipped result files that could not be used (truncated, NaN, missing direction), each with
 *     its reason; they are not counted as runs
 */
public record CollectSummary(
    Path root,
    int runCount,
    List<TaskStatus> tasks,
    List<IncompleteRun> incomplete,
    List<String> warnings,
    List<ResultSet.SkippedRun> skipped) {

  public CollectSummary {
    tasks = List.copyOf(tasks);
    incomplete = List.copyOf(incomplete);
    warnings = List.copyOf(warnings);
    skipped = List.copyOf(skipped);
  }

  /**
   * The arms of one task.
   *
   * @param task the task
   * @param arms one entry per arm found or expected
   */
  public record TaskStatus(TaskKey task, List<ArmStatus> arms) {
    public TaskStatus {
      arms = List.copyOf(arms);
    }
  }

  /**
   * One arm's completeness.
   *
   * @param arm the arm's name
   * @param seeds seeds with a result.json, ascending
   * @param missing seeds the sweep spec names without a result.json; empty without a spec
   */
  public record ArmStatus(String arm, List<Long> seeds, List<Long> missing) {
    public ArmStatus {
      seeds = List.copyOf(seeds);
      missing = List.copyOf(missing);
    }
  }

  /**
   * A run directory without a result.json.
   *
   * @param runDir the directory
   * @param lastLogLine the last telling line of its run.log, or empty
   */
  public record IncompleteRun(Path runDir, String lastLogLine) {}

  /** True when the spec's runs are all there, no directory is incomplete and none was skipped. */
  public boolean complete() {
    return incomplete.isEmpty()
        && skipped.isEmpty()
        && tasks.stream().allMatch(t -> t.arms().stream().allMatch(a -> a.missing().isEmpty()));
  }

  /** A plain-text table for the terminal. */
  public String render() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "collected %d runs from %s (%d task%s)%n",
            runCount, root, tasks.size(), tasks.size() == 1 ? "" : "s"));
    for (TaskStatus t : tasks) {
      s.append(t.task().label()).append('\n');
      int width = Math.max(4, t.arms().stream().mapToInt(a -> a.arm().length()).max().orElse(4));
      s.append(
          String.format("  %-" + width + "s  %4s  %-24s  %s%n", "arm", "runs", "seeds", "missing"));
      for (ArmStatus a : t.arms()) {
        s.append(
            String.format(
                "  %-" + width + "s  %4d  %-24s  %s%n",
                a.arm(),
                a.seeds().size(),
                join(a.seeds()),
                a.missing().isEmpty() ? "-" : join(a.missing())));
      }
    }
    if (!incomplete.isEmpty()) {
      s.append("run directories without result.json (failed, killed or still running):\n");
      for (IncompleteRun r : incomplete) {
        s.append("  ").append(r.runDir());
        if (!r.lastLogLine().isEmpty()) {
          s.append(": ").append(r.lastLogLine());
        }
        s.append('\n');
      }
    }
    if (!skipped.isEmpty()) {
      s.append("skipped ")
          .append(skipped.size())
          .append(" result.json file")
          .append(skipped.size() == 1 ? "" : "s")
          .append(" that could not be used:\n");
      for (ResultSet.SkippedRun r : skipped) {
        s.append("  ").append(r.file()).append(": ").append(r.reason()).append('\n');
      }
    }
    for (String w : warnings) {
      s.append("warning: ").append(w).append('\n');
    }
    return s.toString();
  }

  private static String join(List<Long> seeds) {
    if (seeds.isEmpty()) {
      return "-";
    }
    StringBuilder s = new StringBuilder();
    for (Long seed : seeds) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(seed);
    }
    return s.toString();
  }
}
