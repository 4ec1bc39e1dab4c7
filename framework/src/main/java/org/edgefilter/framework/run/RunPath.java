package org.edgefilter.framework.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.edgefilter.framework.cli.ConfigException;

/**
 * The address of one run: {@code <root>/<modality>/<experiment>/<arm>/seed-<n>}. The one place that
 * builds ({@link #path()}), parses ({@link #parse}) and checks ({@link #requireExisting}) run
 * paths; {@link RunDirectory} opens one for writing.
 *
 * @param root the runs root ({@code --runs}, default {@code runs})
 * @param modality vision, audio, language or nerf
 * @param experiment the experiment's name ({@code --name})
 * @param arm the arm's name ({@code baseline}, or the filter's arm name, e.g. {@code
 *     ef-mean-k11-p1})
 * @param seed the run's seed, >= 0
 */
public record RunPath(Path root, String modality, String experiment, String arm, long seed) {

  /** Names must be plain folder names: this pattern. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+=-]*");

  private static final Pattern SEED = Pattern.compile("seed-(0|[1-9][0-9]{0,17})");

  public RunPath {
    Objects.requireNonNull(root, "root");
    checkName("modality", modality);
    checkName("experiment", experiment);
    checkName("arm", arm);
    if (seed < 0) {
      throw new IllegalArgumentException("seed must be >= 0, got " + seed);
    }
  }

  /** Checks that {@code name} is a plain folder name; the error says which part it is. */
  public static String checkName(String what, String name) {
    Objects.requireNonNull(name, what);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " '" + name + "' is not a plain folder name ([A-Za-z0-9][A-Za-z0-9._+=-]*)");
    }
    return name;
  }

  /** The run's folder. */
  public Path path() {
    return experimentDir(root, modality, experiment).resolve(arm).resolve("seed-" + seed);
  }

  /** The folder of this run's experiment, {@code <root>/<modality>/<experiment>}. */
  public Path experimentDir() {
    return experimentDir(root, modality, experiment);
  }

  /** {@code <root>/<modality>/<experiment>}: where an experiment's report and figures go. */
  public static Path experimentDir(Path root, String modality, String experiment) {
    return root.resolve(checkName("modality", modality))
        .resolve(checkName("experiment", experiment));
  }

  /** {@code <modality>/<experiment>/<arm>/seed-<n>}, the path relative to the root. */
  public String relative() {
    return modality + "/" + experiment + "/" + arm + "/seed-" + seed;
  }

  /** The same run under another arm name. */
  public RunPath withArm(String newArm) {
    return new RunPath(root, modality, experiment, newArm, seed);
  }

  /**
   * The address of the run folder {@code dir} ({@code .../<modality>/<experiment>/<arm>/seed-<n>}),
   * or empty if its last four names do not have that form.
   */
  public static Optional<RunPath> tryParse(Path dir) {
    Path normalized = dir.toAbsolutePath().normalize();
    int n = normalized.getNameCount();
    if (n < 4) {
      return Optional.empty();
    }
    String seedName = normalized.getName(n - 1).toString();
    if (!SEED.matcher(seedName).matches()) {
      return Optional.empty();
    }
    String arm = normalized.getName(n - 2).toString();
    String experiment = normalized.getName(n - 3).toString();
    String modality = normalized.getName(n - 4).toString();
    if (!NAME.matcher(arm).matches()
        || !NAME.matcher(experiment).matches()
        || !NAME.matcher(modality).matches()) {
      return Optional.empty();
    }
    Path root = normalized.getParent().getParent().getParent().getParent();
    long seed = Long.parseLong(seedName.substring("seed-".length()));
    return Optional.of(new RunPath(root, modality, experiment, arm, seed));
  }

  /**
   * The address of the run folder {@code dir}.
   *
   * @throws IllegalArgumentException naming {@code dir} and the expected form
   */
  public static RunPath parse(Path dir) {
    return tryParse(dir)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    dir
                        + " is not a run folder: expected"
                        + " <runs>/<modality>/<experiment>/<arm>/seed-<n>"));
  }

  /**
   * The run folder {@code dir} of {@code modality}, which must exist and hold a {@code
   * config.json}.
   *
   * @throws ConfigException naming the folder and what is missing, with the command {@code hint}
   *     that creates it
   */
  public static RunPath requireExisting(Path dir, String modality, String hint) {
    RunPath run;
    try {
      run = parse(dir);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    if (!run.modality().equals(modality)) {
      throw new ConfigException(dir + " is a " + run.modality() + " run, not " + modality);
    }
    return run.requireExisting(hint);
  }

  /**
   * This run, if its folder holds a {@code config.json}.
   *
   * @throws ConfigException naming the folder, with the command {@code hint} that creates it
   */
  public RunPath requireExisting(String hint) {
    Path config = path().resolve(ResolvedConfig.FILE_NAME);
    if (!Files.isRegularFile(config)) {
      throw new ConfigException("no run at " + path() + " (expected " + config + "); " + hint);
    }
    return this;
  }

  /** Whether the run completed: its {@code result.json} exists. */
  public boolean completed() {
    return Files.isRegularFile(path().resolve(RunResult.FILE_NAME));
  }
}
