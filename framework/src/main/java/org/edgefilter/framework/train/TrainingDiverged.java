package org.edgefilter.framework.train;

import org.edgefilter.framework.cli.ExitCodes;
import picocli.CommandLine;

/**
 * Training stopped because the run diverged ({@link DivergenceRule}); every command exits with
 * {@link ExitCodes#DIVERGED} and one {@code error:} line, and the run writes no result.
 */
public class TrainingDiverged extends RuntimeException implements CommandLine.IExitCodeGenerator {

  public TrainingDiverged(String message) {
    super(message);
  }

  /** {@code cause}'s message prefixed with where it happened, e.g. the arm and round. */
  public TrainingDiverged(String where, TrainingDiverged cause) {
    super(where + ": " + cause.getMessage(), cause);
  }

  @Override
  public int getExitCode() {
    return ExitCodes.DIVERGED;
  }
}
