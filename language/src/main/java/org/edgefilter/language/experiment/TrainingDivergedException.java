package org.edgefilter.language.experiment;

import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.train.NonFiniteLossException;
import picocli.CommandLine;

/** A run stopped on a non-finite loss; the command exits with {@link ExitCodes#DIVERGED}. */
public final class TrainingDivergedException extends RuntimeException
    implements CommandLine.IExitCodeGenerator {

  /**
   * @param arm the arm that diverged
   * @param cause the trainer's report (step, loss, last finite loss)
   */
  public TrainingDivergedException(String arm, NonFiniteLossException cause) {
    super("arm " + arm + " diverged: " + cause.getMessage(), cause);
  }

  @Override
  public int getExitCode() {
    return ExitCodes.DIVERGED;
  }
}
