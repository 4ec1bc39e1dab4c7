package org.edgefilter.framework.cli;

import java.util.Locale;
import java.util.Optional;
import org.edgefilter.framework.run.RunPath;
import picocli.CommandLine.Option;

/**
 * How every command names a run, as a picocli mixin beside {@link CommonOptions}: the run is {@code
 * <--runs>/<modality>/<--name>/<arm>/seed-<--seed>}, where the arm folder is the arm's name ({@code
 * baseline}, or the filter's, e.g. {@code ef-mean-k11-p1}) and {@code --arm} chooses which of the
 * two arms of the configuration to run. Commands that read a trained run also mix in {@link
 * ExistingRunOption} ({@code --run PATH}, the run folder itself).
 */
public final class RunOptions {

  /** Which of the configuration's two arms a command runs. */
  public enum Arm {
    /** The filter's place holds the identity. */
    BASELINE,
    /** The filter as configured. */
    FILTER
  }

  @Option(
      names = "--name",
      paramLabel = "EXP",
      description =
          "Experiment name: the folder under <runs>/<modality>/ (default: the"
              + " modality's, from the preset).")
  private String name;

  @Option(
      names = "--arm",
      paramLabel = "ARM",
      defaultValue = "filter",
      description =
          "baseline or filter (default: ${DEFAULT-VALUE}); the arm's folder is"
              + " `baseline` or the filter's name, e.g. ef-mean-k11-p1.")
  private String arm;

  /** The experiment name: {@code --name}, else {@code defaultName}. */
  public String experiment(String defaultName) {
    return RunPath.checkName("--name", name == null ? defaultName : name);
  }

  /** The explicit {@code --name}, if given. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The arm {@code --arm} names. */
  public Arm arm() {
    return switch (arm.toLowerCase(Locale.ROOT)) {
      case "baseline" -> Arm.BASELINE;
      case "filter" -> Arm.FILTER;
      default -> throw new ConfigException("--arm must be baseline or filter, got '" + arm + "'");
    };
  }
}
