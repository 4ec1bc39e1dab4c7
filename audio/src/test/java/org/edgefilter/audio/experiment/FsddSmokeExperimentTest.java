package org.edgefilter.audio.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edgefilter.audio.data.TestData;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smoke experiment on a small subset of the real FSDD (8 train, 3 test clips per digit). */
class FsddSmokeExperimentTest {

  @TempDir Path dir;

  @Test
  void bothArmsTrainAndReportTestAccuracyOnTheStandardSplit() {
    Path data = TestData.root("the FSDD smoke experiment");
    AudioConfig config = AudioPresets.resolve(AudioDataset.FSDD, "smoke", List.of());
    AudioCorpus corpus = AudioCorpus.load(config, DataLocator.locate(data));
    StringWriter out = new StringWriter();
    RunContext context =
        new RunContext(
            dir,
            "fsdd-smoke",
            1,
            1,
            new PrintWriter(out),
            new PrintStream(PrintStream.nullOutputStream()));
    ExperimentResult result = AudioExperiment.run(config, corpus, context);

    assertEquals(
        List.of(Arm.BASELINE, Arm.FILTER), result.arms().stream().map(ArmResult::arm).toList());
    for (ArmResult arm : result.arms()) {
      assertFalse(arm.reused());
      RunResult written = RunResult.read(arm.runDirectory().resolve("result.json"));
      assertEquals(Set.of("acc"), written.metrics().keySet());
      double acc = written.metrics().get("acc");
      // 30 test clips: a multiple of 1/30 in [0, 1].
      assertEquals(0, Math.abs(acc * 30 - Math.round(acc * 30)), 1e-9, "acc " + acc);
      assertTrue(written.higherIsBetter().get("acc"));
      Map<String, Object> round =
          MetricsLog.read(arm.runDirectory().resolve("metrics.jsonl")).stream()
              .filter(l -> l.containsKey("test_acc"))
              .findFirst()
              .orElseThrow();
      assertEquals(80, ((Number) round.get("train_clips")).intValue());
      assertEquals(30, ((Number) round.get("test_clips")).intValue());
    }
    assertTrue(result.table().lines().anyMatch(l -> l.startsWith("acc ")), result.table());
    assertTrue(out.toString().contains("log-mel features of 110 clips"), out.toString());
  }
}
