package org.edgefilter.bench.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.edgefilter.bench.collect.CollectSummary.ArmStatus;
import org.edgefilter.bench.collect.CollectSummary.IncompleteRun;
import org.edgefilter.bench.collect.CollectSummary.TaskStatus;
import org.edgefilter.bench.sweep.ArmSpec;
import org.edgefilter.bench.sweep.LogTail;
import org.edgefilter.bench.sweep.SweepSpec;
import org.edgefilter.framework.run.RunResult;

/**
 * {@code bench collect}: what is in a (possibly shared, cluster-written) runs directory, which runs
 * of a sweep are missing, and which run directories hold no result.
 */
public final class Collector {

  private Collector() {}

  /**
   * Summarizes {@code results}.
   *
   * @param spec the sweep that should have produced the runs; null to report only what exists
   */
  public static CollectSummary collect(ResultSet results, SweepSpec spec) {
    List<TaskStatus> tasks = new ArrayList<>();
    TreeSet<TaskKey> keys = new TreeSet<>(results.tasks());
    TaskKey expectedTask = spec == null ? null : new TaskKey(spec.modality(), spec.experiment());
    if (expectedTask != null) {
      keys.add(expectedTask);
    }
    for (TaskKey task : keys) {
      Map<String, ArmStatus> arms = new LinkedHashMap<>();
      if (task.equals(expectedTask)) {
        for (ArmSpec arm : spec.arms()) {
          List<Long> found = seeds(results, task, arm.name());
          List<Long> missing = new ArrayList<>();
          for (long seed : arm.seedsOr(spec.seeds())) {
            if (!found.contains(seed)) {
              missing.add(seed);
            }
          }
          arms.put(arm.name(), new ArmStatus(arm.name(), found, missing));
        }
      }
      for (String arm : results.arms(task)) {
        arms.putIfAbsent(arm, new ArmStatus(arm, seeds(results, task, arm), List.of()));
      }
      tasks.add(new TaskStatus(task, new ArrayList<>(arms.values())));
    }
    List<Path> roots = new ArrayList<>();
    roots.add(results.root());
    if (spec != null && !spec.runs().startsWith(results.root().toAbsolutePath())) {
      roots.add(spec.runs());
    }
    return new CollectSummary(
        results.root(),
        results.size(),
        tasks,
        incomplete(roots),
        results.warnings(),
        results.skipped());
  }

  private static List<Long> seeds(ResultSet results, TaskKey task, String arm) {
    return results.runs(task, arm).stream().map(r -> r.result().seed()).toList();
  }

  /** Directories named {@code seed-*} without a result.json. */
  static List<IncompleteRun> incomplete(List<Path> roots) {
    List<IncompleteRun> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isDirectory)
            .filter(d -> d.getFileName().toString().startsWith("seed-"))
            .filter(d -> !Files.exists(d.resolve(RunResult.FILE_NAME)))
            .sorted()
            .forEach(
                d ->
                    out.add(
                        new IncompleteRun(d, LogTail.lastLine(d.resolve("run.log")).orElse(""))));
      } catch (IOException e) {
        throw new UncheckedIOException("could not list " + root, e);
      }
    }
    return out;
  }
}
