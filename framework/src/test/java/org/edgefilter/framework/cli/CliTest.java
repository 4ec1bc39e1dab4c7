package org.edgefilter.framework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.edgefilter.framework.io.DataLocator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

class CliTest {

  record Config(int epochs, double lr) {}

  static final Presets<Config> PRESETS =
      Presets.builder(Config.class)
          .add("smoke", new Config(1, 0.1))
          .add("quick", new Config(3, 0.1))
          .build();

  /** A command as modalities write them: common options, then work that may fail. */
  @Command(name = "train")
  static final class Train implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--fail")
    String fail = "";

    Config resolved;

    @Override
    public Integer call() {
      resolved = PRESETS.resolve(common.preset(), common.overrides());
      common.seed();
      switch (fail) {
        case "data" ->
            DataLocator.locate(Path.of("/nonexistent-edgefilter"))
                .require("cifar10/test.bin", "CIFAR-10 test batch");
        case "diverged" -> throw new Diverged();
        case "bug" -> throw new IllegalStateException("a bug");
        default -> {}
      }
      return ExitCodes.OK;
    }
  }

  /** How a trainer's non-finite-loss error can carry its exit code. */
  static final class Diverged extends RuntimeException implements CommandLine.IExitCodeGenerator {
    Diverged() {
      super("loss is NaN at step 12");
    }

    @Override
    public int getExitCode() {
      return ExitCodes.DIVERGED;
    }
  }

  private final StringWriter err = new StringWriter();

  private int run(Train train, String... args) {
    return Cli.execute(train, new PrintWriter(new StringWriter()), new PrintWriter(err), args);
  }

  @Test
  void defaultsAndOverrides() {
    Train train = new Train();
    assertEquals(ExitCodes.OK, run(train));
    assertEquals(Path.of("runs"), train.common.runs());
    assertEquals(0, train.common.seed());
    assertEquals("quick", train.common.preset());
    assertEquals(new Config(3, 0.1), train.resolved);

    Train custom = new Train();
    assertEquals(
        ExitCodes.OK,
        run(
            custom,
            "--preset",
            "smoke",
            "--seed",
            "4",
            "--runs",
            "r",
            "--data",
            "/d",
            "--set",
            "lr=0.5",
            "--set",
            "epochs=2"));
    assertEquals(new Config(2, 0.5), custom.resolved);
    assertEquals(4, custom.common.seed());
    assertEquals(Path.of("/d").toAbsolutePath(), custom.common.dataLocator().root());
    assertEquals(DataLocator.Source.OPTION, custom.common.dataLocator().source());
    assertEquals(List.of("lr=0.5", "epochs=2"), custom.common.overrides());
  }

  @Test
  void exitCodesFollowTheConvention() {
    assertEquals(ExitCodes.USAGE, run(new Train(), "--bogus"));
    assertEquals(ExitCodes.USAGE, run(new Train(), "--set", "epoch=2"));
    assertTrue(err.toString().contains("error: unknown key 'epoch'"), err.toString());
    assertEquals(ExitCodes.USAGE, run(new Train(), "--preset", "paper"));
    assertEquals(ExitCodes.MISSING_DATA, run(new Train(), "--fail", "data"));
    assertTrue(err.toString().contains("/nonexistent-edgefilter/cifar10/test.bin"), err.toString());
    assertEquals(ExitCodes.DIVERGED, run(new Train(), "--fail", "diverged"));
    int before = err.toString().length();
    assertEquals(ExitCodes.FAILURE, run(new Train(), "--fail", "bug"));
    assertTrue(
        err.toString().substring(before).contains("at org.edgefilter"),
        "a bug prints its stack trace");
  }

  @Test
  void negativeSeedIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run(new Train(), "--seed", "-1"));
    assertTrue(err.toString().contains("--seed must be >= 0, got -1"), err.toString());
  }

  @Test
  void exitCodeOfKnownFailures() {
    assertEquals(ExitCodes.USAGE, Cli.exitCodeOf(new ConfigException("x")));
    assertEquals(ExitCodes.FAILURE, Cli.exitCodeOf(new RuntimeException("x")));
  }

  /** A root command as the modality CLIs have them, with {@link Train} as a subcommand. */
  @Command(name = "modality", subcommands = Train.class)
  static final class Root implements Runnable {
    @Override
    public void run() {}
  }

  @Test
  void anExpectedFailureIsOneErrorLineAndItsTraceComesOnlyWithDebug() {
    StringWriter quiet = new StringWriter();
    int code =
        Cli.execute(
            new Root(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(quiet),
            "train",
            "--fail",
            "diverged");
    assertEquals(ExitCodes.DIVERGED, code);
    assertEquals(1, quiet.toString().strip().lines().count(), quiet.toString());
    assertTrue(quiet.toString().startsWith("error: "), quiet.toString());

    StringWriter loud = new StringWriter();
    code =
        Cli.execute(
            new Root(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(loud),
            "train",
            "--fail",
            "diverged",
            "--debug");
    // Accepted by the subcommand (inherited from the root), not a usage error.
    assertEquals(ExitCodes.DIVERGED, code);
    assertTrue(loud.toString().startsWith(quiet.toString().strip()), loud.toString());
    assertTrue(loud.toString().contains("at org.edgefilter"), loud.toString());
  }
}
