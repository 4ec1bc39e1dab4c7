package org.edgefilter.framework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs a modality's command line in-process, as {@code ./edgefilter} would, and checks a failure
 * the project's way (one {@code error:} line, nothing written). Shipped in the framework's test-jar
 * for the modules' {@code *FailuresTest} and {@code *CliTest} classes.
 */
public final class CliTesting {

  private CliTesting() {}

  /**
   * What one run of a command line returned and printed.
   *
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  public record Run(int code, String out, String err) {}

  /** Runs {@code cli} (a picocli root command) through {@link Cli#execute} with {@code args}. */
  public static Run run(Object cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(cli, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** {@link #run(Object, String...)} with the arguments in a list. */
  public static Run run(Object cli, List<String> args) {
    return run(cli, args.toArray(String[]::new));
  }

  /** {@link #run(Object, String...)} with {@code args} followed by {@code more}. */
  public static Run run(Object cli, List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return run(cli, all);
  }

  /**
   * The arguments of {@code command} on the smoke preset, writing below {@code runs} and reading
   * {@code data}: {@code command --preset smoke --runs RUNS --data DATA}, then {@code more}.
   */
  public static List<String> smokeArgs(String command, Path runs, Path data, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "--preset",
                "smoke",
                "--runs",
                runs.toString(),
                "--data",
                data.toString()));
    args.addAll(List.of(more));
    return args;
  }

  /** The regular files below {@code root} (none when it does not exist). */
  public static List<Path> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  /**
   * Asserts that {@code r} is a usage error (exit {@link ExitCodes#USAGE}) whose standard error is
   * one {@code error:} line containing {@code expected}, and that no file exists below {@code
   * runs}: the configuration was rejected before anything was written.
   *
   * @param what names the case in failure messages (e.g. the {@code --set} value)
   */
  public static void assertRejectedBeforeWriting(Run r, String expected, Path runs, String what)
      throws IOException {
    assertEquals(ExitCodes.USAGE, r.code(), what + ": " + r.err());
    assertOneErrorLine(r, expected);
    assertEquals(List.of(), files(runs), what + " left files behind");
  }

  /**
   * {@link #assertRejectedBeforeWriting} for every case {@code {option, value, expected}}: {@code
   * command} run with {@code option value} is rejected with {@code expected}, nothing below {@code
   * runs}.
   */
  public static void assertEachRejectedBeforeWriting(
      Function<String[], Run> command, Path runs, List<String[]> cases) throws IOException {
    for (String[] bad : cases) {
      assertRejectedBeforeWriting(
          command.apply(new String[] {bad[0], bad[1]}), bad[2], runs, bad[1]);
    }
  }

  /**
   * Asserts that {@code r} stopped on a non-finite loss the project's way: exit {@link
   * ExitCodes#DIVERGED}, one {@code error:} line advising a lower learning rate, and no {@code
   * result.json} below {@code runs} (a diverged run is not a finished one).
   */
  public static void assertDivergedWithoutResult(Run r, Path runs) throws IOException {
    assertEquals(ExitCodes.DIVERGED, r.code(), r.out() + r.err());
    assertOneErrorLine(r, "Lower the learning rate");
    List<Path> written = files(runs);
    assertTrue(
        written.stream().noneMatch(f -> f.getFileName().toString().equals("result.json")),
        written.toString());
  }

  /** Asserts that standard error is one {@code error:} line containing {@code expected}. */
  public static void assertOneErrorLine(Run r, String expected) {
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    assertTrue(r.err().contains(expected), r.err());
  }
}
