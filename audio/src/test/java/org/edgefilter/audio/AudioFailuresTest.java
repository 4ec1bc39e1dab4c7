package org.edgefilter.audio;

import static org.edgefilter.framework.cli.CliTesting.assertDivergedWithoutResult;
import static org.edgefilter.framework.cli.CliTesting.assertEachRejectedBeforeWriting;
import static org.edgefilter.framework.cli.CliTesting.assertOneErrorLine;
import static org.edgefilter.framework.cli.CliTesting.files;
import static org.edgefilter.framework.cli.CliTesting.smokeArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.edgefilter.audio.data.UrbanSoundFixture;
import org.edgefilter.framework.cli.CliTesting;
import org.edgefilter.framework.cli.CliTesting.Run;
import org.edgefilter.framework.cli.ExitCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 for audio: the whole configuration is validated before any file is written (item 2), and
 * a damaged WAV or metadata row is one {@code error:} line naming the file, with exit 6 (item 5),
 * leaving the run folder empty. The UrbanSound8K layout is generated here (two folds of six clips).
 */
class AudioFailuresTest {

  @TempDir Path runs;

  @TempDir Path data;

  private Path us8k;

  @BeforeEach
  void writeDataset() {
    us8k = data.resolve("urbansound8k");
    UrbanSoundFixture.write(us8k, new int[] {1, 2}, new int[] {1, 2});
  }

  private Run train(String... more) {
    return CliTesting.run(
        new AudioCli(),
        smokeArgs("train", runs, data, "--dataset", "urbansound8k", "--threads", "1"),
        more);
  }

  @Test
  void settingsThatCannotRunAreRejectedBeforeAnyFileIsWritten() throws IOException {
    assertEachRejectedBeforeWriting(
        this::train,
        runs,
        List.of(
            new String[] {"--set", "train.epochs=0", "epochs must be >= 1, got 0"},
            new String[] {"--set", "train.batchSize=0", "batch size must be >= 1, got 0"},
            new String[] {"--set", "train.learningRate=-1", "learning rate must be > 0, got -1.0"},
            new String[] {"--set", "filter.kernelSize=4", "filter.kernelSize must be odd"},
            new String[] {"--set", "filter.position=9", "filter.position 9 does not exist"},
            new String[] {"--set", "model.channels=0", "block channels must be >= 1, got [0]"},
            new String[] {"--set", "features.nMels=0", "features.nMels=0"},
            new String[] {"--set", "features.n_mels=40", "did you mean 'features.nMels'"},
            new String[] {"--arm", "filtr", "--arm must be baseline or filter, got 'filtr'"}));
  }

  @Test
  void aDamagedWavIsOneLineNamingItAndWritesNothing() throws IOException {
    String first = UrbanSoundFixture.rows(1, 2).get(1).split(",")[0];
    Path wav = us8k.resolve("audio/fold1").resolve(first);
    byte[] whole = Files.readAllBytes(wav);
    byte[] noise = new byte[whole.length];
    new Random(5).nextBytes(noise);
    Files.write(wav, noise);
    Run random = train();
    assertEquals(ExitCodes.BAD_DATA, random.code(), random.err());
    assertOneErrorLine(random, wav + ": not a WAV file: expected 'RIFF' at byte 0");

    Files.write(wav, Arrays.copyOf(whole, 30));
    Run cut = train();
    assertEquals(ExitCodes.BAD_DATA, cut.code(), cut.err());
    assertOneErrorLine(cut, wav + ": malformed: chunk 'fmt ' at byte 12 declares 16 bytes");
    assertFalse(cut.err().contains("Exception"), cut.err());
    assertEquals(List.of(), files(runs));
  }

  @Test
  void aBadMetadataRowIsOneLineNamingFileAndLine() throws IOException {
    List<String> rows = new ArrayList<>(UrbanSoundFixture.rows(1, 2));
    rows.set(3, rows.get(3).replace(",1,", ",x,"));
    Files.write(us8k.resolve("metadata/UrbanSound8K.csv"), rows);
    Run r = train();
    assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
    assertOneErrorLine(r, us8k.resolve("metadata/UrbanSound8K.csv") + " line 4");
    assertEquals(List.of(), files(runs));
  }

  @Test
  void aDivergedRunExitsWithDivergedAndWritesNoResult() throws IOException {
    // Three steps per epoch on a fold's 12 clips: enough steps for the rule's five.
    Run r =
        train(
            "--arm",
            "filter",
            "--set",
            "train.learningRate=1e6",
            "--set",
            "train.epochs=4",
            "--set",
            "train.batchSize=4");
    assertDivergedWithoutResult(r, runs);
  }
}
