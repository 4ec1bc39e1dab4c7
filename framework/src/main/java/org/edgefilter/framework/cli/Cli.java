package org.edgefilter.framework.cli;

import java.io.PrintWriter;
import org.edgefilter.framework.io.DataFormatException;
import org.edgefilter.framework.io.DownloadException;
import org.edgefilter.framework.io.MissingDataException;
import picocli.CommandLine;

/**
 * Runs a picocli command with the project's {@link ExitCodes}: a known user-facing failure
 * (configuration, missing data, download) prints its message alone and returns its code; any
 * exception implementing {@code IExitCodeGenerator} returns its own code; anything else prints the
 * stack trace and returns {@link ExitCodes#FAILURE}. Command-line syntax errors keep picocli's
 * usage message and return {@link ExitCodes#USAGE}.
 *
 * <p>Every command accepts {@value #DEBUG}: an expected failure then prints its stack trace after
 * the {@code error:} line (for a bug report); without it the user sees the one line.
 */
public final class Cli {

  /** The option, accepted by every command, that adds stack traces to expected failures. */
  public static final String DEBUG = "--debug";

  private Cli() {}

  /** Runs {@code command} (a picocli {@code @Command}) and exits the JVM with its exit code. */
  public static void exit(Object command, String... args) {
    System.exit(execute(command, args));
  }

  /** Runs {@code command} with {@code args}; returns the exit code. */
  public static int execute(Object command, String... args) {
    return commandLine(command, args).execute(args);
  }

  /** Runs {@code command} writing to {@code out} and {@code err} (for tests); returns the code. */
  public static int execute(Object command, PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = commandLine(command, args);
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

  private static CommandLine commandLine(Object command, String... args) {
    CommandLine line = new CommandLine(command);
    // Inherited: the root's subcommands (and theirs) accept it and list it in --help.
    line.getCommandSpec()
        .addOption(
            CommandLine.Model.OptionSpec.builder(DEBUG)
                .scopeType(CommandLine.ScopeType.INHERIT)
                .description("On an expected failure, print the stack trace after the error line.")
                .build());
    boolean debug = java.util.Arrays.asList(args).contains(DEBUG);
    line.setExecutionExceptionHandler(
        (failure, failedLine, parseResult) -> {
          int code = exitCodeOf(failure);
          PrintWriter err = failedLine.getErr();
          if (code == ExitCodes.FAILURE) {
            failure.printStackTrace(err);
          } else {
            err.println("error: " + failure.getMessage());
            if (debug) {
              failure.printStackTrace(err);
            }
          }
          err.flush();
          return code;
        });
    line.setExitCodeExceptionMapper(Cli::exitCodeOf);
    return line;
  }
}
