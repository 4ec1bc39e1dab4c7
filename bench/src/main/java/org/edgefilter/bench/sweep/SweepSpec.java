package org.edgefilter.bench.sweep;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.edgefilter.framework.run.RunPath;

/**
 * What a sweep runs: every arm with every seed of one modality experiment.
 *
 * @param modality e.g. {@code vision}
 * @param experiment e.g. {@code quick}
 * @param runs the runs root (absolute); run directories are {@code
 *     runs/<modality>/<experiment>/<arm>/seed-<n>}
 * @param command the command template of one run
 * @param arms the arms, in order, names unique
 * @param seeds the seeds, in order, unique
 * @param parallel how many runs execute at once locally (at least 1)
 * @param timeout per-run wall-clock limit; null for none
 * @param env extra environment variables of every run
 * @param workdir working directory of every run (absolute)
 */
public record SweepSpec(
    String modality,
    String experiment,
    Path runs,
    CommandTemplate command,
    List<ArmSpec> arms,
    List<Long> seeds,
    int parallel,
    Duration timeout,
    Map<String, String> env,
    Path workdir) {

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public SweepSpec {
    checkSegment("modality", modality);
    checkSegment("experiment", experiment);
    Objects.requireNonNull(command, "command");
    runs = Objects.requireNonNull(runs, "runs").toAbsolutePath().normalize();
    workdir = Objects.requireNonNull(workdir, "workdir").toAbsolutePath().normalize();
    arms = List.copyOf(arms);
    seeds = List.copyOf(seeds);
    env = Map.copyOf(env);
    if (arms.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one arm");
    }
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one seed");
    }
    Set<String> names = new HashSet<>();
    for (ArmSpec arm : arms) {
      if (!names.add(arm.name())) {
        throw new IllegalArgumentException("arm '" + arm.name() + "' is listed twice");
      }
    }
    if (new HashSet<>(seeds).size() != seeds.size()) {
      throw new IllegalArgumentException("seeds " + seeds + " contain a duplicate");
    }
    for (ArmSpec arm : arms) {
      if (arm.seeds() != null && !seeds.containsAll(arm.seeds())) {
        throw new IllegalArgumentException(
            "arm '" + arm.name() + "' has seeds " + arm.seeds() + " outside the sweep's " + seeds);
      }
    }
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1, got " + parallel);
    }
    for (String name : env.keySet()) {
      if (!ENV_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("environment variable name '" + name + "' is not valid");
      }
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
  }

  private static void checkSegment(String what, String value) {
    if (value == null || !SEGMENT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what
              + " '"
              + value
              + "' must be letters, digits, '.', '_' or '-' (it becomes a directory name)");
    }
  }

  /** {@code runs/<modality>/<experiment>}: where this sweep's arm directories live. */
  public Path experimentDir() {
    return RunPath.experimentDir(runs, modality, experiment);
  }

  /** The directory of one run. */
  public Path runDir(String arm, long seed) {
    return new RunPath(runs, modality, experiment, arm, seed).path();
  }

  /**
   * Every run, seed-major (all arms of the first seed, then the next seed), so a sweep stopped
   * half-way still holds complete paired comparisons.
   */
  public List<RunTask> tasks() {
    List<RunTask> tasks = new ArrayList<>();
    for (long seed : seeds) {
      for (ArmSpec arm : arms) {
        if (!arm.seedsOr(seeds).contains(seed)) {
          continue;
        }
        Path runDir = runDir(arm.name(), seed);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("arm", arm.name());
        values.put("seed", Long.toString(seed));
        values.put("runs", runs.toString());
        values.put("run_dir", runDir.toString());
        values.put("modality", modality);
        values.put("experiment", experiment);
        tasks.add(
            new RunTask(tasks.size() + 1, arm, seed, runDir, command.expand(values, arm.args())));
      }
    }
    return tasks;
  }

  /** A builder; {@code setX} are required, {@code optX} optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SweepSpec}; later calls override earlier ones (CLI options over a file). */
  public static final class Builder {
    private String modality;
    private String experiment;
    private Path runs = Path.of("runs");
    private CommandTemplate command;
    private List<ArmSpec> arms = new ArrayList<>();
    private List<Long> seeds = new ArrayList<>();
    private int parallel = 1;
    private Duration timeout;
    private final Map<String, String> env = new TreeMap<>();
    private Path workdir = Path.of("");

    private Builder() {}

    public Builder setModality(String modality) {
      this.modality = modality;
      return this;
    }

    public Builder setExperiment(String experiment) {
      this.experiment = experiment;
      return this;
    }

    public Builder setCommand(CommandTemplate command) {
      this.command = command;
      return this;
    }

    /** Replaces the arms. */
    public Builder setArms(List<ArmSpec> arms) {
      this.arms = new ArrayList<>(arms);
      return this;
    }

    /** Replaces the seeds. */
    public Builder setSeeds(List<Long> seeds) {
      this.seeds = new ArrayList<>(seeds);
      return this;
    }

    /**
     * The runs root; relative paths resolve against the current directory. Default {@code runs}.
     */
    public Builder optRuns(Path runs) {
      this.runs = runs;
      return this;
    }

    public Builder optParallel(int parallel) {
      this.parallel = parallel;
      return this;
    }

    public Builder optTimeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder optEnv(String name, String value) {
      env.put(name, value);
      return this;
    }

    /** Working directory of the runs; default the current directory. */
    public Builder optWorkdir(Path workdir) {
      this.workdir = workdir;
      return this;
    }

    /** Checks and builds; the error names the missing or wrong field. */
    public SweepSpec build() {
      if (modality == null) {
        throw new IllegalArgumentException("the sweep needs a modality");
      }
      if (experiment == null) {
        throw new IllegalArgumentException("the sweep needs an experiment");
      }
      if (command == null) {
        throw new IllegalArgumentException("the sweep needs a run command template");
      }
      return new SweepSpec(
          modality, experiment, runs, command, arms, seeds, parallel, timeout, env, workdir);
    }
  }
}
