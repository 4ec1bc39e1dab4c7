package org.edgefilter.bench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edgefilter.framework.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlurmScriptTest {

  @TempDir Path dir;

  private SweepSpec spec() {
    // A space in the runs path exercises the quoting of the job lines.
    return FakeSweeps.spec(
            dir.resolve("my runs"),
            List.of(
                new ArmSpec("baseline", List.of()),
                new ArmSpec("ef-k3", List.of("--effect", "0.02"))),
            List.of(0L, 1L))
        .optEnv("OMP_NUM_THREADS", "1")
        .build();
  }

  @Test
  void scriptDeclaresOneArrayTaskPerRun() throws IOException {
    SweepSpec spec =
        SweepSpec.builder()
            .setModality("vision")
            .setExperiment("quick")
            .setCommand(CommandTemplate.parse("cli --arm {arm} --seed {seed} --dir {run_dir}"))
            .setArms(List.of(ArmSpec.parse("baseline"), ArmSpec.parse("ef=--k 3")))
            .setSeeds(List.of(0L, 1L, 2L))
            .optRuns(dir.resolve("runs"))
            .optWorkdir(dir)
            .build();
    SlurmScript.Emission e =
        SlurmScript.write(
            spec,
            new SlurmScript.Options(
                dir.resolve("slurm"), List.of("--time=04:00:00", "cpus-per-task=2"), 3, false));
    String script = Files.readString(e.script());
    assertTrue(script.startsWith("#!/usr/bin/env bash\n"), script);
    assertTrue(script.contains("#SBATCH --array=1-6%3\n"), script);
    assertTrue(script.contains("#SBATCH --job-name=ef-vision-quick\n"), script);
    assertTrue(script.contains("#SBATCH --output=" + dir.resolve("slurm/logs") + "/%A_%a.out\n"));
    assertTrue(script.contains("#SBATCH --time=04:00:00\n"), script);
    assertTrue(script.contains("#SBATCH --cpus-per-task=2\n"), script);
    assertTrue(script.contains("export TF_CPP_MIN_LOG_LEVEL=2\n"), script);
    assertTrue(script.contains("cd " + dir + "\n"), script);
    assertTrue(script.contains("sed -n \"${SLURM_ARRAY_TASK_ID}p\""), script);
    assertTrue(Files.isDirectory(dir.resolve("slurm/logs")));
    assertTrue(Files.isExecutable(e.script()));
    // #SBATCH lines must come before the first command, or sbatch ignores them.
    int lastDirective = script.lastIndexOf("#SBATCH");
    assertTrue(lastDirective < script.indexOf("set -euo"), script);

    List<String> jobs = Files.readAllLines(e.jobs());
    assertEquals(6, jobs.size());
    RunTask fourth = spec.tasks().get(3);
    assertEquals("ef seed 1", fourth.label());
    assertEquals(
        "mkdir -p "
            + fourth.runDir()
            + " && { test -f "
            + fourth.resultFile()
            + " && echo 'skipped: result.json exists' || cli --arm ef --seed 1 --dir "
            + fourth.runDir()
            + " --k 3 >> "
            + fourth.logFile()
            + " 2>&1; }",
        jobs.get(3));
  }

  /** Runs the emitted script with bash as one array task would (no cluster needed). */
  private Process arrayTask(Path script, int index) throws IOException {
    ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
    pb.environment().put("SLURM_ARRAY_TASK_ID", Integer.toString(index));
    return pb.start();
  }

  @Test
  void arrayTaskRunsTheSameCommandAsALocalSweep() throws Exception {
    SweepSpec spec = spec();
    SlurmScript.Emission e =
        SlurmScript.write(
            spec, new SlurmScript.Options(dir.resolve("slurm"), List.of(), null, true));
    assertTrue(Files.readString(e.script()).contains("#SBATCH --array=1-4\n"));
    RunTask task = e.tasks().get(3);
    assertEquals("ef-k3 seed 1", task.label());

    Process p = arrayTask(e.script(), 4);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    RunResult result = RunResult.read(task.resultFile());
    assertEquals("ef-k3", result.arm());
    assertEquals(FakeModality.cleanAccuracy(0.02, 1), result.metrics().get("clean_acc"), 1e-12);
    assertTrue(Files.readString(task.logFile()).contains("fake run ef-k3 seed 1"));

    Process again = arrayTask(e.script(), 4);
    String againOut = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, again.waitFor());
    assertTrue(againOut.contains("skipped: result.json exists"), againOut);

    Process beyond = arrayTask(e.script(), 9);
    String beyondOut = new String(beyond.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, beyond.waitFor());
    assertTrue(beyondOut.contains("no line 9"), beyondOut);

    // Re-emitting with onlyMissing leaves the completed run out.
    SlurmScript.Emission rest =
        SlurmScript.write(
            spec, new SlurmScript.Options(dir.resolve("slurm2"), List.of(), null, true));
    assertEquals(3, rest.tasks().size());
    assertFalse(rest.tasks().stream().anyMatch(t -> t.label().equals("ef-k3 seed 1")));
  }
}
