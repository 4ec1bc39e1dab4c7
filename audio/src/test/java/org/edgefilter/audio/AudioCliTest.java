package org.edgefilter.audio;

import static org.edgefilter.framework.cli.CliTesting.smokeArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.edgefilter.audio.data.UrbanSoundFixture;
import org.edgefilter.audio.experiment.SpectrogramFigure;
import org.edgefilter.framework.cli.CliTesting;
import org.edgefilter.framework.cli.CliTesting.Run;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.io.Json;
import org.edgefilter.framework.io.Png;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.framework.run.TrainingLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke experiment end to end on the generated UrbanSound8K (three folds present, six clips
 * each), through the command line as a user runs it, then evaluate and spectrogram on its runs.
 */
class AudioCliTest {

  @TempDir static Path dir;

  static Path data;
  static Path runs;
  static Run experiment;

  static Run run(String... args) {
    return CliTesting.run(new AudioCli(), args);
  }

  /** The smoke experiment on the generated UrbanSound8K, seed 3, one thread. */
  static Run smokeExperiment() {
    return CliTesting.run(
        new AudioCli(),
        smokeArgs(
            "experiment",
            runs,
            data,
            "--dataset",
            "urbansound8k",
            "--threads",
            "1",
            "--seed",
            "3"));
  }

  @BeforeAll
  static void runSmokeExperiment() {
    data = dir.resolve("data");
    UrbanSoundFixture.write(
        data.resolve("urbansound8k"), new int[] {1, 2, 3}, new int[] {1, 2, 3, 4});
    runs = dir.resolve("runs");
    experiment = smokeExperiment();
  }

  /** The smoke preset's filter arm: mean k=3 after block 1. */
  static final String FILTER_ARM = "ef-mean-k3-p1";

  private static Path runDir(String arm) {
    return runs.resolve("audio/urbansound8k-smoke").resolve(arm).resolve("seed-3");
  }

  @Test
  void theExperimentWritesFoldAndMeanAccuracyForBothArms() {
    assertEquals(ExitCodes.OK, experiment.code(), experiment.err());
    for (String arm : List.of("baseline", FILTER_ARM)) {
      RunResult result = RunResult.read(runDir(arm).resolve("result.json"));
      assertEquals("audio", result.modality());
      assertEquals(arm, result.arm());
      assertEquals(3, result.seed());
      assertEquals(
          java.util.Set.of("fold1/acc", "fold2/acc", "fold3/acc", "mean_acc", "pooled_acc"),
          result.metrics().keySet());
      assertEquals(Map.of("empty_wavs", 0L), result.counts());
      double sum = 0;
      for (int fold = 1; fold <= 3; fold++) {
        double acc = result.metrics().get("fold" + fold + "/acc");
        assertTrue(acc >= 0 && acc <= 1, arm + " fold " + fold + ": " + acc);
        // Six test clips per fold: accuracy is a multiple of 1/6.
        assertEquals(0, Math.abs(acc * 6 - Math.round(acc * 6)), 1e-9);
        sum += acc;
      }
      assertEquals(sum / 3, result.metrics().get("mean_acc"), 1e-12);
      // Pooled over the 18 test clips: correct clips of every fold over all test clips.
      long correct = 0;
      for (int fold = 1; fold <= 3; fold++) {
        correct += Math.round(result.metrics().get("fold" + fold + "/acc") * 6);
      }
      assertEquals(correct / 18.0, result.metrics().get("pooled_acc"), 1e-12);
      assertTrue(result.higherIsBetter().values().stream().allMatch(b -> b));
      assertEquals(result.metrics().keySet(), result.higherIsBetter().keySet());
      @SuppressWarnings("unchecked")
      Map<String, Object> filter = (Map<String, Object>) result.config().get("filter");
      assertEquals(arm.equals("baseline") ? "IDENTITY" : "HIGH_PASS", filter.get("mode"));
      assertTrue(Files.isDirectory(runDir(arm).resolve("checkpoint/fold2")));
    }
  }

  @Test
  void rowsOfFoldsWithoutAudioAreCountedOnceAndFeaturesComputedOnceForBothArms() {
    String out = experiment.out();
    List<String> notes = out.lines().filter(l -> l.startsWith("note: ")).toList();
    // The fixture lists folds 1-4 with six rows each; fold 4 has no audio.
    assertEquals(1, notes.size(), out);
    assertTrue(notes.get(0).contains("6 of 24 rows skipped"), notes.get(0));
    assertTrue(notes.get(0).contains("(folds 4; present: 1-3)"), notes.get(0));
    assertEquals(
        1, out.lines().filter(l -> l.contains("log-mel features of 18 clips")).count(), out);
    assertTrue(out.contains("computed"), out);
    // A later process (another seed, one arm, as a sweep runs it) reads them from the cache.
    Run other =
        run(
            "train",
            "--dataset",
            "urbansound8k",
            "--preset",
            "smoke",
            "--arm",
            "baseline",
            "--data",
            data.toString(),
            "--runs",
            runs.toString(),
            "--threads",
            "1",
            "--seed",
            "4");
    assertEquals(ExitCodes.OK, other.code(), other.err());
    assertTrue(other.out().contains("log-mel features of 18 clips"), other.out());
    assertTrue(other.out().contains("read from the cache"), other.out());
    assertTrue(
        Files.isRegularFile(runs.resolve("audio/urbansound8k-smoke/baseline/seed-4/result.json")));
  }

  @Test
  void anEmptyWavIsWarnedAboutAndCountedInTheResult() throws Exception {
    Path other = dir.resolve("data-empty");
    Path us8k = other.resolve("urbansound8k");
    UrbanSoundFixture.write(us8k, new int[] {1, 2}, new int[] {1, 2});
    String first = UrbanSoundFixture.rows(1, 2).get(1).split(",")[0];
    Path wav = us8k.resolve("audio/fold1").resolve(first);
    org.edgefilter.audio.data.WavFiles.writeMono16(wav, UrbanSoundFixture.RATE, new float[0]);
    Path otherRuns = dir.resolve("runs-empty");
    Run train =
        run(
            "train",
            "--dataset",
            "urbansound8k",
            "--preset",
            "smoke",
            "--arm",
            "filter",
            "--data",
            other.toString(),
            "--runs",
            otherRuns.toString(),
            "--threads",
            "1");
    assertEquals(ExitCodes.OK, train.code(), train.err());
    List<String> warnings = train.out().lines().filter(l -> l.startsWith("warning:")).toList();
    assertEquals(1, warnings.size(), train.out());
    assertTrue(warnings.get(0).contains("1 WAV file(s) hold 0 samples"), warnings.get(0));
    assertTrue(warnings.get(0).contains(wav.toString()), warnings.get(0));
    RunResult result =
        RunResult.read(
            otherRuns.resolve("audio/urbansound8k-smoke/" + FILTER_ARM + "/seed-0/result.json"));
    assertEquals(Map.of("empty_wavs", 1L), result.counts());
  }

  @Test
  void theRunLogShowsEveryRoundTrainedOnlyOnTheOtherFolds() {
    List<Map<String, Object>> lines = MetricsLog.read(runDir(FILTER_ARM).resolve("metrics.jsonl"));
    List<Map<String, Object>> rounds =
        lines.stream().filter(l -> l.containsKey("test_fold")).toList();
    assertEquals(3, rounds.size());
    for (Map<String, Object> round : rounds) {
      int test = ((Number) round.get("test_fold")).intValue();
      @SuppressWarnings("unchecked")
      List<Integer> train = (List<Integer>) round.get("train_folds");
      assertFalse(train.contains(test), round.toString());
      assertEquals(2, train.size(), round.toString());
      assertEquals(12, ((Number) round.get("train_clips")).intValue());
      assertEquals(6, ((Number) round.get("test_clips")).intValue());
    }
    // One epoch per round (the UrbanSound8K smoke preset), logged with its mean training loss
    // under the shared metric names, prefixed by the round's fold and tagged with the round.
    List<Map<String, Object>> epochs =
        lines.stream()
            .filter(l -> l.keySet().stream().anyMatch(k -> k.endsWith(TrainingLog.EPOCH_LOSS)))
            .toList();
    assertEquals(3, epochs.size());
    for (Map<String, Object> epoch : epochs) {
      String round = (String) epoch.get("round");
      assertTrue(
          round != null && epoch.containsKey(round + "/" + TrainingLog.EPOCH_LOSS),
          epoch.toString());
    }
  }

  @Test
  void theComparisonTableListsEveryMetricWithTheFiltersDifference() throws Exception {
    String out = experiment.out();
    assertTrue(out.contains("metric"), out);
    RunResult baseline = RunResult.read(runDir("baseline").resolve("result.json"));
    RunResult filter = RunResult.read(runDir(FILTER_ARM).resolve("result.json"));
    for (String metric : List.of("fold1/acc", "fold2/acc", "fold3/acc", "mean_acc", "pooled_acc")) {
      String line =
          out.lines()
              .filter(l -> l.startsWith(metric + " "))
              .findFirst()
              .orElseThrow(() -> new AssertionError(metric + " missing in\n" + out));
      String[] cells = line.trim().split("\\s+");
      assertEquals(baseline.metrics().get(metric), Double.parseDouble(cells[1]), 5e-5, line);
      assertEquals(filter.metrics().get(metric), Double.parseDouble(cells[2]), 5e-5, line);
      assertEquals(
          filter.metrics().get(metric) - baseline.metrics().get(metric),
          Double.parseDouble(cells[3]),
          1e-4,
          line);
    }
    assertTrue(out.lines().anyMatch(l -> l.startsWith("wall time")), out);
    assertTrue(
        Json.mapper().readTree(runDir(FILTER_ARM).resolve("config.json").toFile()).has("config"));
  }

  @Test
  void evaluateReproducesTheRecordedAccuracyFromTheCheckpoints() {
    Run eval =
        run(
            "evaluate",
            "--run",
            runDir(FILTER_ARM).toString(),
            "--data",
            data.toString(),
            "--threads",
            "1");
    assertEquals(ExitCodes.OK, eval.code(), eval.err());
    RunResult recorded = RunResult.read(runDir(FILTER_ARM).resolve("result.json"));
    for (int fold = 1; fold <= 3; fold++) {
      double acc = recorded.metrics().get("fold" + fold + "/acc");
      String expected =
          String.format(java.util.Locale.ROOT, "fold%d: test accuracy %.4f", fold, acc);
      assertTrue(eval.out().contains(expected), "expected '" + expected + "' in\n" + eval.out());
    }
    assertTrue(eval.out().contains("confusion"), eval.out());
  }

  @Test
  void aSecondRunReusesTheCompletedArms() {
    Run again = smokeExperiment();
    assertEquals(ExitCodes.OK, again.code(), again.err());
    assertTrue(again.out().contains("baseline: already complete"), again.out());
    assertTrue(again.out().contains("filter: already complete"), again.out());
  }

  @Test
  void spectrogramWritesAPngOfTheFiltersInputAndOutput() throws Exception {
    Path png = dir.resolve("figure/spectrograms.png");
    Run figure =
        run(
            "spectrogram",
            "--run",
            runDir(FILTER_ARM).toString(),
            "--data",
            data.toString(),
            "--clips",
            "3",
            "--out",
            png.toString(),
            "--threads",
            "1");
    assertEquals(ExitCodes.OK, figure.code(), figure.err());
    assertTrue(Png.isPng(Files.readAllBytes(png)));
    BufferedImage image = ImageIO.read(png.toFile());
    // Four columns of 126 frames and three rows of 64 mel bands, each enlarged twice.
    assertTrue(
        image.getWidth() > SpectrogramFigure.COLUMNS.size() * 126 * 2, "width " + image.getWidth());
    assertTrue(image.getHeight() > 3 * 64 * 2, "height " + image.getHeight());
    assertTrue(figure.out().contains("trained weights"), figure.out());
  }

  @Test
  void everyCommandHasHelpAndBadInputGetsTheProjectsExitCodes() {
    for (String command : List.of("train", "experiment", "evaluate", "spectrogram")) {
      Run help = run(command, "--help");
      assertEquals(ExitCodes.OK, help.code(), command);
      assertTrue(help.out().contains("Usage: audio " + command), help.out());
    }
    Run unknown =
        run(
            "experiment",
            "--dataset",
            "esc50",
            "--data",
            data.toString(),
            "--runs",
            runs.toString());
    assertEquals(ExitCodes.USAGE, unknown.code());
    assertTrue(unknown.err().contains("valid: fsdd, urbansound8k"), unknown.err());
    Run badKey =
        run(
            "train",
            "--dataset",
            "urbansound8k",
            "--set",
            "filter.positon=2",
            "--data",
            data.toString());
    assertEquals(ExitCodes.USAGE, badKey.code());
    assertTrue(badKey.err().contains("did you mean 'filter.position'"), badKey.err());
    Run missing =
        run(
            "train",
            "--dataset",
            "fsdd",
            "--preset",
            "smoke",
            "--data",
            dir.resolve("nowhere").toString(),
            "--runs",
            runs.toString());
    assertEquals(ExitCodes.MISSING_DATA, missing.code());
    assertTrue(missing.err().contains("fsdd/recordings"), missing.err());
  }
}
