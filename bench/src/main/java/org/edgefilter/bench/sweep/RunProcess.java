package org.edgefilter.bench.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.edgefilter.bench.sweep.RunOutcome.Status;
import org.edgefilter.framework.run.RunResult;

/**
 * Runs one task as a child process: output appended to the run's {@code run.log}, a non-zero exit,
 * a crash or a missing {@code result.json} become a FAILED outcome instead of an exception, so one
 * broken run never stops the sweep.
 */
final class RunProcess {

  private RunProcess() {}

  /**
   * Executes {@code task} and waits for it.
   *
   * @param live told about the started process (so the sweep can kill it on shutdown) and, with
   *     null, that it ended
   */
  static RunOutcome execute(RunTask task, SweepSpec spec, Consumer<Process> live)
      throws InterruptedException {
    long start = System.nanoTime();
    Process process;
    try {
      Files.createDirectories(task.runDir());
      Files.writeString(
          task.logFile(),
          "=== " + Instant.now() + " sweep run: " + ShellWords.join(task.command()) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      ProcessBuilder pb =
          new ProcessBuilder(task.command())
              .directory(spec.workdir().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(task.logFile().toFile()));
      Map<String, String> env = pb.environment();
      env.putIfAbsent("TF_CPP_MIN_LOG_LEVEL", "2");
      env.putAll(spec.env());
      process = pb.start();
    } catch (IOException e) {
      return new RunOutcome(
          task, Status.FAILED, -1, seconds(start), "could not start: " + e.getMessage(), null);
    }
    live.accept(process);
    try {
      boolean ended = true;
      if (spec.timeout() == null) {
        process.waitFor();
      } else {
        ended = process.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
      }
      if (!ended) {
        destroyTree(process);
        return new RunOutcome(
            task,
            Status.TIMED_OUT,
            -1,
            seconds(start),
            "killed after the timeout of "
                + Durations.format(spec.timeout())
                + LogTail.suffix(task.logFile()),
            null);
      }
    } catch (InterruptedException e) {
      destroyTree(process);
      throw e;
    } finally {
      live.accept(null);
    }
    return judge(task, process.exitValue(), seconds(start));
  }

  private static RunOutcome judge(RunTask task, int exit, double seconds) {
    if (exit != 0) {
      String cause =
          exit > 128 && exit < 160
              ? "exit code " + exit + " (killed by signal " + (exit - 128) + ")"
              : "exit code " + exit;
      return new RunOutcome(
          task, Status.FAILED, exit, seconds, cause + LogTail.suffix(task.logFile()), null);
    }
    if (!Files.exists(task.resultFile())) {
      return new RunOutcome(
          task,
          Status.FAILED,
          exit,
          seconds,
          "exited 0 but wrote no " + task.resultFile() + LogTail.suffix(task.logFile()),
          null);
    }
    try {
      RunResult result = RunResult.read(task.resultFile());
      List<String> warnings = new ArrayList<>();
      if (!result.arm().equals(task.arm().name())) {
        warnings.add("result.json names arm '" + result.arm() + "'");
      }
      if (result.seed() != task.seed()) {
        warnings.add("result.json names seed " + result.seed());
      }
      return new RunOutcome(
          task, Status.OK, exit, seconds, String.join("; ", warnings), result.metrics());
    } catch (UncheckedIOException | IllegalArgumentException e) {
      return new RunOutcome(
          task, Status.FAILED, exit, seconds, "unreadable result.json: " + e.getMessage(), null);
    }
  }

  /** Reads a result.json that existed before the sweep, for the skipped run's summary line. */
  static RunOutcome skipped(RunTask task) {
    try {
      RunResult result = RunResult.read(task.resultFile());
      return new RunOutcome(task, Status.SKIPPED, 0, 0, "result.json exists", result.metrics());
    } catch (UncheckedIOException | IllegalArgumentException e) {
      return new RunOutcome(
          task,
          Status.SKIPPED,
          0,
          0,
          "result.json exists but is unreadable: " + e.getMessage(),
          null);
    }
  }

  /** Kills the process and everything it started (a JVM's forked workers, a shell's children). */
  static void destroyTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
