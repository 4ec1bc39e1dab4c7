package org.edgefilter.audio.experiment;

import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.train.NonFiniteLossException;
import picocli.CommandLine;

/** A run stopped on a non-finite loss; the command exits with {@link ExitCodes#DIVERGED}. */
public final class TrainingDiverged extends RuntimeException
    implements CommandLine.IExitCodeGenerator {

  /** @param where the arm and round, e.g. {@code filter fold3} */
  public TrainingDiverged(String where, NonFiniteLossException cause) {
    super(where + ": " + cause.getMessage(), cause);
  }

  @Override
  public int getExitCode() {
    return ExitCodes.DIVERGED;
  }
}
