package org.edgefilter.bench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edgefilter.bench.sweep.RunOutcome.Status;
import org.edgefilter.framework.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {

  @TempDir Path dir;

  private static Map<String, RunOutcome> byLabel(SweepSummary s) {
    Map<String, RunOutcome> m = new HashMap<>();
    s.outcomes().forEach(o -> m.put(o.task().label(), o));
    return m;
  }

  @Test
  void failingRunsAreIsolatedAndResumeRunsOnlyWhatIsMissing() throws Exception {
    Path runs = dir.resolve("runs");
    Path marker = dir.resolve("crash-marker");
    Files.writeString(marker, "crash while this file exists");
    List<ArmSpec> arms =
        List.of(
            new ArmSpec("baseline", List.of()),
            new ArmSpec("ef-k3", List.of("--effect", "0.02")),
            new ArmSpec("crashy", List.of("--crash-if-exists", marker.toString())),
            new ArmSpec("quitter", List.of("--exit-on-seed", "1")));
    SweepSpec spec = FakeSweeps.spec(runs, arms, List.of(0L, 1L)).optParallel(2).build();

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    SweepSummary first =
        new SweepRunner(
                spec, new ProgressPrinter(new PrintWriter(printed, true, StandardCharsets.UTF_8)))
            .run();

    Map<String, RunOutcome> o = byLabel(first);
    assertEquals(5, first.count(Status.OK), first.outcomes().toString());
    assertEquals(3, first.count(Status.FAILED));
    assertFalse(first.allCompleted());
    RunOutcome crash = o.get("crashy seed 0");
    assertEquals(Status.FAILED, crash.status());
    assertEquals(1, crash.exitCode());
    assertTrue(crash.message().contains("OutOfMemoryError"), crash.message());
    RunOutcome quit = o.get("quitter seed 1");
    assertEquals(3, quit.exitCode());
    assertTrue(quit.message().contains("exit code 3"), quit.message());
    assertTrue(quit.message().contains("giving up on purpose"), quit.message());
    assertEquals(Status.OK, o.get("quitter seed 0").status());
    // Isolation: the neighbours of failed runs completed, with the metrics they computed.
    Path efRun = spec.runDir("ef-k3", 1);
    RunResult ef = RunResult.read(efRun.resolve(RunResult.FILE_NAME));
    assertEquals(FakeModality.cleanAccuracy(0.02, 1), ef.metrics().get("clean_acc"), 1e-12);
    assertEquals(ef.metrics(), o.get("ef-k3 seed 1").metrics());
    assertFalse(Files.exists(spec.runDir("crashy", 0).resolve(RunResult.FILE_NAME)));
    assertTrue(
        Files.readString(spec.runDir("crashy", 0).resolve("run.log")).contains("OutOfMemoryError"));

    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("sweep: 8 runs, 8 to run, 0 already complete"), text);
    assertEquals(8, text.lines().filter(l -> l.matches("\\[\\d/8].*")).count(), text);
    assertTrue(text.contains("| 8/8 done: 5 ok, 3 failed, 0 skipped"), text);
    assertTrue(text.contains("ETA"), text);
    assertTrue(text.contains("clean_acc="), text);

    String efBefore = Files.readString(efRun.resolve(RunResult.FILE_NAME));
    Files.delete(marker);
    SweepSummary second = new SweepRunner(spec, (outcome, progress) -> {}).run();
    Map<String, RunOutcome> o2 = byLabel(second);
    assertEquals(5, second.count(Status.SKIPPED));
    assertEquals(2, second.count(Status.OK));
    assertEquals(1, second.count(Status.FAILED));
    assertEquals(Status.OK, o2.get("crashy seed 0").status());
    assertEquals(Status.OK, o2.get("crashy seed 1").status());
    assertEquals(Status.FAILED, o2.get("quitter seed 1").status());
    assertEquals(Status.SKIPPED, o2.get("ef-k3 seed 1").status());
    assertEquals(
        efBefore,
        Files.readString(efRun.resolve(RunResult.FILE_NAME)),
        "a completed run is not run again");
    // The log keeps both attempts of the resumed run.
    String crashLog = Files.readString(spec.runDir("crashy", 0).resolve("run.log"));
    assertEquals(2, crashLog.lines().filter(l -> l.startsWith("=== ")).count(), crashLog);
  }

  @Test
  void signalsMissingResultsAndTimeoutsAreReported() throws Exception {
    Path runs = dir.resolve("runs");
    // No timeout here: each fake run is a JVM, whose start alone can take seconds on a loaded
    // machine, and these two runs must end by themselves.
    SweepSpec ending =
        FakeSweeps.spec(
                runs,
                List.of(
                    new ArmSpec("killed", List.of("--mode", "signal")),
                    new ArmSpec("silent", List.of("--mode", "no-result"))),
                List.of(7L))
            .optParallel(2)
            .build();
    Map<String, RunOutcome> o = byLabel(new SweepRunner(ending, (x, p) -> {}).run());
    RunOutcome killed = o.get("killed seed 7");
    assertEquals(137, killed.exitCode());
    assertTrue(killed.message().contains("killed by signal 9"), killed.message());
    RunOutcome silent = o.get("silent seed 7");
    assertEquals(Status.FAILED, silent.status());
    assertTrue(silent.message().contains("exited 0 but wrote no"), silent.message());

    SweepSpec stuckSpec =
        FakeSweeps.spec(
                runs, List.of(new ArmSpec("stuck", List.of("--mode", "sleep"))), List.of(7L))
            .optTimeout(Duration.ofSeconds(4))
            .build();
    RunOutcome stuck = byLabel(new SweepRunner(stuckSpec, (x, p) -> {}).run()).get("stuck seed 7");
    assertEquals(Status.TIMED_OUT, stuck.status());
    assertTrue(stuck.seconds() < 30, "the stuck run was killed at the timeout");
  }

  @Test
  void commandThatCannotStartFailsThatRunOnly() throws Exception {
    SweepSpec spec =
        SweepSpec.builder()
            .setModality("fake")
            .setExperiment("tiny")
            .setCommand(CommandTemplate.parse("/nonexistent/binary --out {run_dir}"))
            .setArms(List.of(new ArmSpec("a", List.of())))
            .setSeeds(List.of(1L, 2L))
            .optRuns(dir.resolve("runs"))
            .optWorkdir(dir)
            .build();
    SweepSummary s = new SweepRunner(spec, (x, p) -> {}).run();
    assertEquals(2, s.count(Status.FAILED));
    assertTrue(
        s.outcomes().get(0).message().startsWith("could not start"), s.outcomes().get(0).message());
  }

  @Test
  void etaFromMeanDurationAndParallelism() {
    assertEquals(Duration.ofSeconds(30), SweepProgress.eta(6, 2, 10, 3));
    assertEquals(Duration.ofSeconds(10), SweepProgress.eta(1, 4, 10, 3));
    assertEquals(Duration.ZERO, SweepProgress.eta(0, 4, 10, 3));
    assertEquals(null, SweepProgress.eta(3, 1, 0, 0));
  }
}
