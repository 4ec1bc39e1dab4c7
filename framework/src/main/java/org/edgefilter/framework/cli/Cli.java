package org.edgefilter.framework.cli;

import java.io.PrintWriter;
import org.edgefilter.framework.io.DataFormatException;
import org.edgefilter.framework.io.DownloadException;
import org.edgefilter.framework.io.MissingDataException;
import picocli.CommandLine;

/**
 * Runs a picocli command with the project's {@link ExitCodes}: a known user-facing failure
 * (configuration, missing data, download) prints its message alone and returns its code; any
 * exception implementing {@code IExitCodeGenerator} returns its own code; anything else prints
 * the stack trace and returns {@link ExitCodes#FAILURE}. Command-line syntax errors keep
 * picocli's usage message and return {@link ExitCodes#USAGE}.
 */
public final class Cli {

  private Cli() {}

  /** Runs {@code command} (a picocli {@code @Command}) and exits the JVM with its exit code. */
  public static void exit(Object command, String... args) {
    System.exit(execute(command, args));
  }

  /** Runs {@code command} with {@code args}; returns the exit code. */
  public static int execute(Object command, String... args) {
    return commandLine(command).execute(args);
  }

  /** Runs {@code command} writing to {@code out} and {@code err} (for tests); returns the code. */
  public static int execute(Object command, PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = commandLine(command);
    line.setOut(out);
    line.setErr(err);
    return line.execute(args);
  }

  /** The exit code the project uses for {@code failure}. */
  public static int exitCodeOf(Throwable failure) {
    if (failure instanceof CommandLine.IExitCodeGenerator generator) {
      return generator.getExitCode();
    }
    if (failure instanceof ConfigException || failure instanceof CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    if (failure instanceof MissingDataException) {
      return ExitCodes.MISSING_DATA;
    }
    if (failure instanceof DownloadException) {
      return ExitCodes.DOWNLOAD_FAILED;
    }
    if (failure instanceof DataFormatException) {
      return ExitCodes.BAD_DATA;
    }
    return ExitCodes.FAILURE;
  }

  private static CommandLine commandLine(Object command) {
    CommandLine line = new CommandLine(command);
    line.setExecutionExceptionHandler((failure, failedLine, parseResult) -> {
      int code = exitCodeOf(failure);
      PrintWriter err = failedLine.getErr();
      if (code == ExitCodes.FAILURE) {
        failure.printStackTrace(err);
      } else {
        err.println("error: " + failure.getMessage());
      }
      err.flush();
      return code;
    });
    line.setExitCodeExceptionMapper(Cli::exitCodeOf);
    return line;
  }
}
