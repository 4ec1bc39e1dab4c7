package org.edgefilter.framework.cli;

import org.edgefilter.framework.run.RunPath;
import picocli.CommandLine.Option;

/**
 * {@code --name} of a command that runs a whole experiment (every arm), as a picocli mixin: the
 * folder under {@code <runs>/<modality>/}, the preset's name unless given. Commands that run one
 * arm name it with {@link RunOptions} instead.
 */
public final class ExperimentNameOption {

  @Option(
      names = "--name",
      paramLabel = "EXP",
      description = "Experiment name (default: the preset's name).")
  private String name;

  /** The experiment name: {@code --name}, else {@code preset}, checked as a folder name. */
  public String experiment(String preset) {
    return RunPath.checkName("--name", name == null ? preset : name);
  }
}
