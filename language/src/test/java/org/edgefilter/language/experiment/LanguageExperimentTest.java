package org.edgefilter.language.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.ResolvedConfig;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.framework.train.CheckpointStore;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smoke experiment end to end on the real GLUE files (skipped without EDGEFILTER_DATA). */
class LanguageExperimentTest {

  @TempDir Path runs;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private TrainingRun.Plan plan(Path data, String experiment) {
    return new TrainingRun.Plan(
        runs,
        DataLocator.locate(data),
        experiment,
        0,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @Test
  void smokeExperimentTrainsAndEvaluatesBothArms() throws IOException {
    Path data = TestData.root();
    LanguageConfig config = LanguagePresets.forTask(GlueTask.SST2).get("smoke");
    ExperimentOutcome outcome = LanguageExperiment.run(config, plan(data, "sst2-smoke"));

    assertEquals(
        List.of("baseline", "ef-mean-k3-p1"),
        outcome.runs().stream().map(RunOutcome::arm).toList());
    for (RunOutcome run : outcome.runs()) {
      Path dir = run.runDirectory();
      assertEquals(
          runs.resolve("language/sst2-smoke/" + run.arm() + "/seed-0").toAbsolutePath(),
          dir.toAbsolutePath());
      RunResult result = RunResult.read(dir.resolve(RunResult.FILE_NAME));
      assertEquals("language", result.modality());
      assertEquals(run.arm(), result.arm());
      assertEquals(Map.of("dev_acc", true), result.higherIsBetter());
      double accuracy = result.metrics().get("dev_acc");
      // 64 dev sentences: the accuracy is a multiple of 1/64.
      assertTrue(accuracy >= 0 && accuracy <= 1, "dev_acc " + accuracy);
      assertEquals(0, (accuracy * 64) % 1, 1e-9);
      assertEquals(8, run.steps(), "128 examples in batches of 16, one epoch");
      assertEquals(
          run.arm().equals("baseline") ? "IDENTITY" : "HIGH_PASS",
          ((Map<?, ?>) result.config().get("filter")).get("mode"));
      assertEquals(
          run.arm().equals("baseline") ? config.baseline() : config,
          ResolvedConfig.read(dir.resolve(ResolvedConfig.FILE_NAME))
              .configAs(LanguageConfig.class));
      List<Map<String, Object>> log = MetricsLog.read(dir.resolve(MetricsLog.FILE_NAME));
      assertTrue(log.stream().anyMatch(line -> line.containsKey("train/loss")));
      assertTrue(log.stream().anyMatch(line -> line.containsKey("dev_acc")));
      assertTrue(new CheckpointStore(dir.resolve("checkpoint")).latest().isPresent());
      try (Stream<Path> files = Files.list(dir)) {
        assertTrue(
            files.anyMatch(p -> p.getFileName().toString().startsWith("events.out.tfevents")));
      }
    }
    assertEquals(
        Files.readString(outcome.runs().get(0).runDirectory().resolve("vocab.txt")),
        Files.readString(outcome.runs().get(1).runDirectory().resolve("vocab.txt")),
        "both arms share the vocabulary");
    assertTrue(outcome.table().contains("79.36"), outcome.table());

    // The saved weights give the same dev accuracy on the same 64 sentences.
    Path devFile = runs.resolve("dev-64.tsv");
    List<String> lines = Files.readAllLines(GlueTask.SST2.devFile(data));
    Files.write(devFile, lines.subList(0, 65));
    for (RunOutcome run : outcome.runs()) {
      SavedRun saved = SavedRun.open(run.runDirectory());
      assertEquals(8, saved.step());
      assertEquals(
          run.metrics().get("dev_acc"),
          saved.evaluate(devFile, "dev", 7).get("dev_acc"),
          1e-12,
          run.arm());
    }

    // A completed experiment is read back, not rerun.
    ExperimentOutcome again = LanguageExperiment.run(config, plan(data, "sst2-smoke"));
    for (int i = 0; i < 2; i++) {
      assertTrue(again.runs().get(i).reused());
      assertEquals(outcome.runs().get(i).metrics(), again.runs().get(i).metrics());
    }
  }

  @Test
  void qqpReportsAccuracyAndF1AndRefusesAChangedConfiguration() {
    Path data = TestData.root();
    LanguageConfig config = LanguagePresets.forTask(GlueTask.QQP).get("smoke").baseline();
    RunOutcome run = TrainingRun.run(config, plan(data, "qqp-smoke"), null);
    assertEquals(List.of("dev_acc", "dev_f1"), List.copyOf(new TreeSet<>(run.metrics().keySet())));
    assertFalse(run.reused());

    LanguageConfig changed =
        new LanguageConfig(
            config.task(),
            config.model(),
            config.tokenFilter(),
            config.train(),
            new DataConfig(700, 128, 64));
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> {
              Files.delete(run.runDirectory().resolve(RunResult.FILE_NAME));
              TrainingRun.run(changed, plan(data, "qqp-smoke"), null);
            });
    assertTrue(refused.getMessage().contains("vocabSize"), refused.getMessage());
  }
}
