package org.edgefilter.bench;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bench}: sweeps over arms x seeds, collecting results and comparison reports.
 *
 * <pre>
 * bench sweep --spec sweep.json [--parallel 2] [--emit slurm]
 * bench collect runs [--spec sweep.json]
 * bench report runs [--baseline baseline] [--out runs/report]
 * </pre>
 *
 * <p>Further subcommands (performance benchmarks) are added with {@code
 * commandLine().addSubcommand(...)} or in the {@code subcommands} list below.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    version = "EdgeFilter bench 0.1.0",
    description =
        "Sweeps over arms x seeds, result collection, and statistical comparison "
            + "reports for EdgeFilter runs.",
    subcommands = {
      SweepCommand.class,
      CollectCommand.class,
      ReportCommand.class,
      SummaryCommand.class,
      AblationCommand.class,
      PerfCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BenchCli implements Runnable {

  /** Exit code of a bad input or a failed step (the message says which). */
  public static final int EXIT_ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "name a subcommand: sweep, collect or report (bench help <subcommand> for its options)");
  }

  /** The configured command line (for tests and for adding subcommands). */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new BenchCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          PrintWriter err = cmd.getErr();
          if (e instanceof IllegalArgumentException
              || e instanceof UncheckedIOException
              || e instanceof IllegalStateException) {
            err.println("bench " + cmd.getCommandName() + ": " + e.getMessage());
            err.flush();
            return EXIT_ERROR;
          }
          throw e;
        });
    return cli;
  }

  /** Runs {@code bench} with {@code args} and returns the exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static void main(String[] args) {
    // Plots render off-screen; without this a JVM with a DISPLAY would open a window system.
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args));
  }
}
