package org.edgefilter.framework.cli;

/**
 * The exit codes every EdgeFilter command uses, so scripts and {@code bench} (which starts runs as
 * processes) can tell a bad command line from missing data from a crash. 0, 1 and 2 agree with
 * picocli's {@code CommandLine.ExitCode}.
 */
public final class ExitCodes {

  /** The command did what was asked. */
  public static final int OK = 0;

  /** An unexpected failure (a bug, an I/O error); the stack trace is printed. */
  public static final int FAILURE = 1;

  /** A bad command line or configuration (unknown option, preset or key, bad value). */
  public static final int USAGE = 2;

  /** A dataset is not where the data root says; the message names the paths. */
  public static final int MISSING_DATA = 3;

  /** A download failed: HTTP error, cut connection or SHA-256 mismatch. */
  public static final int DOWNLOAD_FAILED = 4;

  /**
   * Training diverged (a non-finite loss). Exceptions that mean this implement picocli's {@code
   * IExitCodeGenerator} returning this code; {@link Cli} honours any such exception.
   */
  public static final int DIVERGED = 5;

  /**
   * A data file does not have the expected form (for example a malformed GLUE row); the message
   * names the file, the record and what was expected ({@code DataFormatException}).
   */
  public static final int BAD_DATA = 6;

  private ExitCodes() {}
}
