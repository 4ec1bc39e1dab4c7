package org.edgefilter.bench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepSpecFileTest {

  @TempDir Path dir;

  @Test
  void readsTheDocumentedFormat() throws Exception {
    Path file = dir.resolve("sweep.json");
    Files.writeString(
        file,
        """
        {
          "modality": "vision",
          "experiment": "quick",
          "runs": "out/runs",
          "command": "java -cp app.jar org.edgefilter.vision.VisionCli train-eval --arm {arm} --seed {seed} --runs {runs} {args}",
          "arms": {"baseline": [], "ef-mean-k3": "--filter mean --kernel 3"},
          "seeds": "0..2,9",
          "parallel": 2,
          "timeout": "1h30m",
          "env": {"OMP_NUM_THREADS": "1"}
        }
        """);
    SweepSpec spec = SweepSpecFile.read(file).build();
    assertEquals("vision", spec.modality());
    assertEquals(dir.resolve("out/runs").toAbsolutePath(), spec.runs());
    assertEquals(dir.toAbsolutePath(), spec.workdir());
    assertEquals(List.of(0L, 1L, 2L, 9L), spec.seeds());
    assertEquals(List.of("--filter", "mean", "--kernel", "3"), spec.arms().get(1).args());
    assertEquals(Duration.ofMinutes(90), spec.timeout());
    assertEquals(2, spec.parallel());
    assertEquals("1", spec.env().get("OMP_NUM_THREADS"));
    assertEquals(16, spec.tasks().size() * 2);
  }

  @Test
  void armsAsArrayAndCommandAsWords() throws Exception {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"modality": "audio", "experiment": "smoke", "command": ["run", "{run_dir}"],
         "arms": ["baseline", {"name": "ef", "args": ["--k", "5"]}], "seeds": [3, 4]}
        """);
    SweepSpec spec = SweepSpecFile.read(file).build();
    assertEquals(List.of("baseline", "ef"), spec.arms().stream().map(ArmSpec::name).toList());
    assertNull(spec.timeout());
    assertEquals(1, spec.parallel());
    assertEquals(dir.resolve("runs").toAbsolutePath(), spec.runs());
  }

  @Test
  void errorsNameTheFileAndTheKey() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        """
        {"modality": "audio", "experiment": "smoke", "command": "run {run_dir}",
         "arms": ["a"], "seeds": [1], "paralel": 2}
        """);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SweepSpecFile.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("paralel"), e.getMessage());

    Files.writeString(
        file,
        """
        {"modality": "audio", "experiment": "smoke", "command": "run {run_dir}",
         "arms": ["a", "a"], "seeds": [1]}
        """);
    assertThrows(IllegalArgumentException.class, () -> SweepSpecFile.read(file).build());
    Files.writeString(
        file,
        """
        {"modality": "audio", "experiment": "smoke", "command": "run {run_dir}",
         "arms": ["bad/name"], "seeds": [1]}
        """);
    IllegalArgumentException name =
        assertThrows(IllegalArgumentException.class, () -> SweepSpecFile.read(file));
    assertTrue(name.getMessage().contains("bad/name"), name.getMessage());
  }

  @Test
  void seedsAndDurations() {
    assertEquals(List.of(0L, 1L, 2L, 7L), Seeds.parse("0..2, 7"));
    assertThrows(IllegalArgumentException.class, () -> Seeds.parse("1,1"));
    assertThrows(IllegalArgumentException.class, () -> Seeds.parse("x"));
    assertThrows(IllegalArgumentException.class, () -> Seeds.parse("3..1"));
    assertEquals(Duration.ofSeconds(90), Durations.parse("90s"));
    assertEquals(Duration.ofSeconds(45), Durations.parse("45"));
    assertEquals(Duration.ofMinutes(62), Durations.parse("1h2m"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("2 hours"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("h"));
    assertEquals("1h02m", Durations.format(Duration.ofMinutes(62)));
    assertEquals("3m05s", Durations.format(Duration.ofSeconds(185)));
    assertEquals("42s", Durations.format(Duration.ofSeconds(42)));
  }
}
