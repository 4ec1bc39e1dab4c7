package org.edgefilter.bench.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.edgefilter.framework.run.RunPath;
import org.edgefilter.framework.run.RunResult;

/**
 * Every completed run under a runs directory, by task, arm and seed.
 *
 * <p>Checked on load: one result per (task, arm, seed) (else an error naming both files), one
 * direction per metric within a task (else an error naming the file and metric). Warned about:
 * non-finite metric values (left out of every analysis) and result files whose directory ({@code
 * <modality>/<experiment>/<arm>/seed-<n>}) disagrees with their content.
 */
public final class ResultSet {

  private final Path root;
  private final Map<TaskKey, Map<String, TreeMap<Long, RunRecord>>> runs = new TreeMap<>();
  private final Map<TaskKey, Map<String, Boolean>> directions = new TreeMap<>();
  private final Map<TaskKey, Map<String, Path>> directionSources = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<SkippedRun> skipped = new ArrayList<>();

  /**
   * A result.json that was left out.
   *
   * @param file the file
   * @param reason why, in words (the parser's message, or the contradiction)
   */
  public record SkippedRun(Path file, String reason) {}

  private ResultSet(Path root) {
    this.root = root;
  }

  /**
   * Reads every {@code result.json} below {@code runsDir} (hidden directories are skipped).
   *
   * @throws IllegalArgumentException when {@code runsDir} is not a directory, or on duplicates
   * @throws UncheckedIOException when the directory cannot be listed
   */
  public static ResultSet scan(Path runsDir) {
    ResultSet set = new ResultSet(runsDir);
    for (Path f : files(runsDir)) {
      set.read(f);
    }
    return set;
  }

  /**
   * Reads every {@code result.json} below each of {@code roots} (e.g. a live runs directory and
   * runs archived in the repository), as one set rooted at the first. The same run (task, arm,
   * seed) found under two roots is read from the first root that holds it, with a warning naming
   * both files; within one root a duplicate is still an error.
   *
   * @throws IllegalArgumentException when {@code roots} is empty or one is not a directory
   */
  public static ResultSet scanAll(List<Path> roots) {
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("no runs directory given");
    }
    ResultSet set = new ResultSet(roots.get(0));
    for (int i = 0; i < roots.size(); i++) {
      ResultSet one = scan(roots.get(i));
      // add() below repeats the per-file warnings; only the unreadable files carry over.
      set.skipped.addAll(one.skipped);
      for (TaskKey task : one.tasks()) {
        for (RunRecord r : one.runs(task)) {
          RunRecord first =
              set.runs
                  .getOrDefault(task, Map.of())
                  .getOrDefault(r.result().arm(), new TreeMap<>())
                  .get(r.result().seed());
          if (first != null) {
            set.warnings.add(
                r.file()
                    + " is the same run as "
                    + first.file()
                    + " (an earlier runs directory); the earlier one is used");
            continue;
          }
          set.add(r);
        }
      }
    }
    return set;
  }

  private static List<Path> files(Path runsDir) {
    if (!Files.isDirectory(runsDir)) {
      throw new IllegalArgumentException("runs directory " + runsDir + " does not exist");
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          runsDir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              boolean hidden = !d.equals(runsDir) && d.getFileName().toString().startsWith(".");
              return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && f.getFileName().toString().equals(RunResult.FILE_NAME)) {
                files.add(f);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + runsDir, e);
    }
    Collections.sort(files);
    return files;
  }

  private void read(Path f) {
    RunResult result;
    try {
      result = RunResult.read(f);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      skipped.add(new SkippedRun(f, reason(e)));
      return;
    }
    add(new RunRecord(f, result));
  }

  /** A set from records already in memory (e.g. from another store); same checks as scan. */
  public static ResultSet of(Path root, List<RunRecord> records) {
    ResultSet set = new ResultSet(root);
    records.forEach(set::add);
    return set;
  }

  /** The innermost message: Jackson's names the line and column, RunResult's the metric. */
  private static String reason(RuntimeException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    // Jackson appends a multi-line source excerpt; the first line says what was wrong.
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).trim();
  }

  private void add(RunRecord record) {
    RunResult r = record.result();
    TaskKey task = record.task();
    Map<String, Boolean> known = directions.getOrDefault(task, Map.of());
    for (Map.Entry<String, Boolean> e : r.higherIsBetter().entrySet()) {
      Boolean k = known.get(e.getKey());
      if (k != null && !k.equals(e.getValue())) {
        skipped.add(
            new SkippedRun(
                record.file(),
                "metric '"
                    + e.getKey()
                    + "' has higher_is_better = "
                    + e.getValue()
                    + " but "
                    + directionSources.get(task).get(e.getKey())
                    + " says "
                    + k));
        return;
      }
    }
    RunRecord previous =
        runs.computeIfAbsent(task, t -> new TreeMap<>())
            .computeIfAbsent(r.arm(), a -> new TreeMap<>())
            .putIfAbsent(r.seed(), record);
    if (previous != null) {
      throw new IllegalArgumentException(
          "two results for "
              + task
              + " arm '"
              + r.arm()
              + "' seed "
              + r.seed()
              + ": "
              + previous.file()
              + " and "
              + record.file());
    }
    Map<String, Boolean> dirs = directions.computeIfAbsent(task, t -> new TreeMap<>());
    Map<String, Path> sources = directionSources.computeIfAbsent(task, t -> new HashMap<>());
    for (Map.Entry<String, Boolean> e : r.higherIsBetter().entrySet()) {
      dirs.putIfAbsent(e.getKey(), e.getValue());
      sources.putIfAbsent(e.getKey(), record.file());
    }
    for (Map.Entry<String, Double> e : r.metrics().entrySet()) {
      if (e.getValue() == null || !Double.isFinite(e.getValue())) {
        warnings.add(
            record.file()
                + ": metric '"
                + e.getKey()
                + "' is "
                + e.getValue()
                + "; left out of the analysis");
      }
    }
    checkLocation(record);
  }

  private void checkLocation(RunRecord record) {
    RunResult r = record.result();
    Path dir = record.file().getParent();
    java.util.Optional<RunPath> parsed =
        dir == null ? java.util.Optional.empty() : RunPath.tryParse(dir);
    if (parsed.isEmpty()) {
      return;
    }
    String expected = r.modality() + "/" + r.experiment() + "/" + r.arm() + "/seed-" + r.seed();
    String actual = parsed.get().relative();
    if (!expected.equals(actual)) {
      warnings.add(record.file() + ": content says " + expected + " but the file is in " + actual);
    }
  }

  /**
   * This set with the arm of every run of {@code task} passed through {@code rename} (an arm's
   * earlier names to its current one, say); other tasks and the skipped runs stay as they are. The
   * renamed runs pass the checks of loading again, so two runs that meet under one name are an
   * error naming both files.
   */
  public ResultSet renameArms(TaskKey task, UnaryOperator<String> rename) {
    ResultSet set = new ResultSet(root);
    set.skipped.addAll(skipped);
    for (TaskKey t : tasks()) {
      for (RunRecord r : runs(t)) {
        String arm = t.equals(task) ? rename.apply(r.result().arm()) : r.result().arm();
        set.add(
            arm.equals(r.result().arm()) ? r : new RunRecord(r.file(), r.result().withArm(arm)));
      }
    }
    return set;
  }

  /** The directory that was scanned. */
  public Path root() {
    return root;
  }

  /** Tasks in order of modality, then experiment. */
  public List<TaskKey> tasks() {
    return List.copyOf(runs.keySet());
  }

  /** Arm names of {@code task}, sorted; empty for an unknown task. */
  public List<String> arms(TaskKey task) {
    return List.copyOf(runs.getOrDefault(task, Map.of()).keySet());
  }

  /** The runs of one arm, by seed. */
  public List<RunRecord> runs(TaskKey task, String arm) {
    return List.copyOf(
        runs.getOrDefault(task, Map.of()).getOrDefault(arm, new TreeMap<>()).values());
  }

  /** Every run of {@code task}, by arm then seed. */
  public List<RunRecord> runs(TaskKey task) {
    List<RunRecord> all = new ArrayList<>();
    arms(task).forEach(a -> all.addAll(runs(task, a)));
    return all;
  }

  /** Total number of runs. */
  public int size() {
    int n = 0;
    for (TaskKey t : runs.keySet()) {
      n += runs(t).size();
    }
    return n;
  }

  /** Every metric name seen in {@code task}, sorted. */
  public List<String> metrics(TaskKey task) {
    return List.copyOf(directions.getOrDefault(task, Map.of()).keySet());
  }

  /** The direction of {@code metric} in {@code task}. */
  public boolean higherIsBetter(TaskKey task, String metric) {
    Boolean b = directions.getOrDefault(task, Map.of()).get(metric);
    if (b == null) {
      throw new IllegalArgumentException("no metric '" + metric + "' in " + task);
    }
    return b;
  }

  /** Finite values of {@code metric} for {@code arm}, by seed (runs without it are absent). */
  public SortedMap<Long, Double> values(TaskKey task, String arm, String metric) {
    SortedMap<Long, Double> out = new TreeMap<>();
    for (RunRecord r : runs(task, arm)) {
      Double v = r.result().metrics().get(metric);
      if (v != null && Double.isFinite(v)) {
        out.put(r.result().seed(), v);
      }
    }
    return out;
  }

  /** Result files left out, in file order, each with its reason. */
  public List<SkippedRun> skipped() {
    return List.copyOf(skipped);
  }

  /** Problems that did not stop loading, one line each, naming the file. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }
}
