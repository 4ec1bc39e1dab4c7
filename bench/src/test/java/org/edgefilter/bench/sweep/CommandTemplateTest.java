package org.edgefilter.bench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTemplateTest {

  private static final Map<String, String> VALUES =
      Map.of(
          "arm",
          "ef-k3",
          "seed",
          "4",
          "runs",
          "/r",
          "run_dir",
          "/r/v/q/ef-k3/seed-4",
          "modality",
          "v",
          "experiment",
          "q");

  @Test
  void expandsPlaceholdersAndSplicesArmArgs() {
    CommandTemplate t =
        CommandTemplate.parse(
            "java -cp x.jar Cli train --arm {arm} --seed {seed} {args} --out={run_dir}/out");
    assertEquals(
        List.of(
            "java",
            "-cp",
            "x.jar",
            "Cli",
            "train",
            "--arm",
            "ef-k3",
            "--seed",
            "4",
            "--k",
            "3",
            "--log",
            "/r/v/q/ef-k3/seed-4/log",
            "--out=/r/v/q/ef-k3/seed-4/out"),
        t.expand(VALUES, List.of("--k", "3", "--log", "{run_dir}/log")));
  }

  @Test
  void appendsArmArgsWithoutArgsPlaceholder() {
    CommandTemplate t = CommandTemplate.of(List.of("run", "--runs", "{runs}"));
    assertEquals(
        List.of("run", "--runs", "/r", "--filter", "mean"),
        t.expand(VALUES, List.of("--filter", "mean")));
  }

  @Test
  void rejectsTyposAndTemplatesThatCannotFindTheirRunDirectory() {
    IllegalArgumentException typo =
        assertThrows(
            IllegalArgumentException.class,
            () -> CommandTemplate.parse("run --seed {sed} --runs {runs}"));
    assertTrue(typo.getMessage().contains("{sed}"), typo.getMessage());
    IllegalArgumentException noDir =
        assertThrows(
            IllegalArgumentException.class, () -> CommandTemplate.parse("run --seed {seed}"));
    assertTrue(noDir.getMessage().contains("{run_dir} or {runs}"), noDir.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> CommandTemplate.parse("run --x={args} {runs}"));
  }

  @Test
  void specExpandsEveryArmAndSeedSeedMajor() {
    SweepSpec spec =
        SweepSpec.builder()
            .setModality("vision")
            .setExperiment("quick")
            .setCommand(CommandTemplate.parse("cli --arm {arm} --seed {seed} --dir {run_dir}"))
            .setArms(List.of(ArmSpec.parse("baseline"), ArmSpec.parse("ef=--k 3")))
            .setSeeds(Seeds.parse("0..1"))
            .optRuns(Path.of("/tmp/runs"))
            .build();
    List<RunTask> tasks = spec.tasks();
    assertEquals(4, tasks.size());
    assertEquals("baseline seed 0", tasks.get(0).label());
    assertEquals("ef seed 0", tasks.get(1).label());
    assertEquals(Path.of("/tmp/runs/vision/quick/ef/seed-1"), tasks.get(3).runDir());
    assertEquals(
        List.of(
            "cli",
            "--arm",
            "ef",
            "--seed",
            "1",
            "--dir",
            "/tmp/runs/vision/quick/ef/seed-1",
            "--k",
            "3"),
        tasks.get(3).command());
    assertEquals(4, tasks.get(3).index());
  }
}
