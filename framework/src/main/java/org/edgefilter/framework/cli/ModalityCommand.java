package org.edgefilter.framework.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root command of a modality's command line ({@code ./edgefilter vision}, {@code audio}, {@code
 * language}, {@code nerf}): {@code --help}, {@code --version} (the project's, from {@link
 * VersionProvider}) and, called without a command, a usage error {@code a command is required: <its
 * commands>} followed by the usage message on standard error, exit code {@link ExitCodes#USAGE}. A
 * modality declares only its name, description and commands:
 *
 * <pre>{@code
 * @Command(name = "audio", description = "...", subcommands = {Train.class, ...})
 * public final class AudioCli extends ModalityCommand {
 *   public static void main(String[] args) { Cli.exit(new AudioCli(), args); }
 * }
 * }</pre>
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public abstract class ModalityCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: " + String.join(", ", spec.subcommands().keySet()));
  }
}
