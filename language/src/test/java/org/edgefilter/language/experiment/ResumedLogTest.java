package org.edgefilter.language.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.language.data.GlueTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 7 through the real training path: a run killed after its checkpoint (records past
 * the checkpoint in metrics.jsonl, no result.json) resumes, and its log holds each step once and
 * the final evaluation once.
 */
class ResumedLogTest {

  @TempDir Path dir;

  @Test
  void aResumedRunLogsEachStepOnce() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("data/glue/SST-2"));
    StringBuilder rows = new StringBuilder("sentence\tlabel\n");
    String[] words = {"good", "bad", "great", "awful", "fine", "poor"};
    for (int i = 0; i < 64; i++) {
      rows.append("a ")
          .append(words[i % 6])
          .append(" film ")
          .append(words[(i / 6) % 6])
          .append('\t')
          .append(i % 6 % 2)
          .append('\n');
    }
    Files.writeString(folder.resolve("train.tsv"), rows);
    Files.writeString(folder.resolve("dev.tsv"), rows);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    TrainingRun.Plan plan =
        new TrainingRun.Plan(
            dir.resolve("runs"),
            DataLocator.locate(dir.resolve("data")),
            "resume",
            0,
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    LanguageConfig config = LanguagePresets.forTask(GlueTask.SST2).get("smoke");
    RunOutcome first = TrainingRun.run(config, plan, null);
    Path log = first.runDirectory().resolve(MetricsLog.FILE_NAME);
    long steps = first.steps();

    // As if killed after logging past the last checkpoint and before result.json.
    Files.delete(first.runDirectory().resolve(RunResult.FILE_NAME));
    Files.writeString(
        log, "{\"step\": " + (steps + 3) + ", \"train_loss\": 0.1}\n", StandardOpenOption.APPEND);
    RunOutcome second = TrainingRun.run(config, plan, null);
    assertEquals(first.metrics(), second.metrics(), "the resumed run evaluates the same weights");

    List<Map<String, Object>> records = MetricsLog.read(log);
    Set<String> seen = new HashSet<>();
    int evaluations = 0;
    for (Map<String, Object> r : records) {
      if (r.get("step") instanceof Number step) {
        assertTrue(step.longValue() <= steps, "no step past the checkpoint: " + r);
        // The epoch record shares the step of the last update of its epoch.
        boolean epoch = r.containsKey("epoch") || r.containsKey("train/epoch");
        String key = step + (epoch ? " epoch" : " step");
        assertTrue(seen.add(key), "step logged twice: " + key + " in " + records);
      } else {
        evaluations++;
      }
    }
    assertEquals(1, evaluations, records.toString());
    assertTrue(!seen.isEmpty());
  }
}
