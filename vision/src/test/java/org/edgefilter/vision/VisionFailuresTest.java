package org.edgefilter.vision;

import static org.edgefilter.framework.cli.CliTesting.assertDivergedWithoutResult;
import static org.edgefilter.framework.cli.CliTesting.assertOneErrorLine;
import static org.edgefilter.framework.cli.CliTesting.assertRejectedBeforeWriting;
import static org.edgefilter.framework.cli.CliTesting.files;
import static org.edgefilter.framework.cli.CliTesting.smokeArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.edgefilter.framework.cli.CliTesting;
import org.edgefilter.framework.cli.CliTesting.Run;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.vision.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 for vision: settings are validated before anything is written (items 2 and 4), and
 * expected failures print one {@code error:} line with their exit code, no stack trace (item 5),
 * divergence included.
 */
class VisionFailuresTest {

  @TempDir Path runs;

  @TempDir Path data;

  Run run(String... args) {
    return CliTesting.run(new VisionCli(), args);
  }

  @Test
  void settingsThatCannotRunAreRejectedBeforeAnyFileIsWritten() throws IOException {
    for (String[] bad :
        List.of(
            new String[] {"tta.batchSize=0", "tta.batchSize must be >= 1"},
            new String[] {"tta.methods=source,tnet", "unknown method 'tnet'"},
            new String[] {"tta.severities=6", "tta.severities must be in 1..5"},
            new String[] {"tta.corruptions=gaussian_nose", "unknown corruption 'gaussian_nose'"},
            new String[] {"train.epochs=0", "train.epochs and train.batchSize must be >= 1"},
            new String[] {"filter.position=4", "filter.position 4 does not exist in WRN-10-1"})) {
      Run r = run("train", "--preset", "smoke", "--runs", runs.toString(), "--set", bad[0]);
      assertRejectedBeforeWriting(r, bad[1], runs, bad[0]);
    }
  }

  @Test
  void aDivergedRunExitsWithDivergedAndWritesNoResult() throws IOException {
    Path data = TestData.dir();
    Run r =
        CliTesting.run(
            new VisionCli(),
            smokeArgs(
                "train", runs, data, "--set", "train.learningRate=1e6", "--set", "train.epochs=3"));
    assertDivergedWithoutResult(r, runs);
  }

  /**
   * A CIFAR-10 binary release in its own layout ({@code cifar-10-batches-bin/}) with {@code n}
   * random records per batch; the presets read it (the first 1000 records of each batch).
   */
  private Path cifarRelease(int n) throws IOException {
    Path dir = Files.createDirectories(data.resolve("cifar-10-batches-bin"));
    Random random = new Random(7);
    for (String batch :
        List.of(
            "data_batch_1",
            "data_batch_2",
            "data_batch_3",
            "data_batch_4",
            "data_batch_5",
            "test_batch")) {
      byte[] bytes = new byte[n * 3073];
      random.nextBytes(bytes);
      for (int r = 0; r < n; r++) {
        bytes[r * 3073] = (byte) (r % 10);
      }
      Files.write(dir.resolve(batch + ".bin"), bytes);
    }
    return dir;
  }

  private Run smoke(String... more) {
    return CliTesting.run(new VisionCli(), smokeArgs("train", runs, data), more);
  }

  @Test
  void aTruncatedCifarBatchIsOneLineNamingTheFileAndRecordSize() throws IOException {
    Path test = cifarRelease(20).resolve("test_batch.bin");
    byte[] whole = Files.readAllBytes(test);
    Files.write(test, java.util.Arrays.copyOf(whole, 3073 * 2 + 100));
    Run r = smoke();
    assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
    assertOneErrorLine(r, test + ": file length 6246 is not a positive multiple of the 3073-byte");
    assertEquals(List.of(), files(runs));
  }

  @Test
  void aZipOfRandomBytesSaysItIsNotAZipAndACorruptJpegNamesItsEntry() throws IOException {
    cifarRelease(20);
    Path jpegs = Files.createDirectories(data.resolve("cifar10_jpg"));
    byte[] noise = new byte[4096];
    new Random(3).nextBytes(noise);
    Files.write(jpegs.resolve("train_jpg.zip"), noise);
    Run r = smoke("--set", "data.source=jpeg");
    assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
    assertOneErrorLine(r, jpegs.resolve("train_jpg.zip") + ": is not a zip archive");
    assertFalse(r.err().contains("no images"), r.err());

    // A real zip whose one entry is not an image: the entry is named.
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(jpegs.resolve("train_jpg.zip")))) {
      zip.putNextEntry(new ZipEntry("train/cat/0000.jpg"));
      zip.write(noise, 0, 300);
      zip.closeEntry();
    }
    r = smoke("--set", "data.source=jpeg");
    assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
    assertOneErrorLine(r, "train_jpg.zip!train/cat/0: not an image");

    // Cut short inside its entry: named as a truncated archive, not as missing images.
    byte[] whole = Files.readAllBytes(jpegs.resolve("train_jpg.zip"));
    Files.write(jpegs.resolve("train_jpg.zip"), java.util.Arrays.copyOf(whole, 100));
    r = smoke("--set", "data.source=jpeg");
    assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
    assertOneErrorLine(r, "train_jpg.zip: the CIFAR-10 JPEG zip cannot be read to its end");
    assertEquals(List.of(), files(runs));
  }

  @Test
  void aTruncatedCheckpointNamesItsFileAndTheStepToDelete() throws IOException {
    cifarRelease(40);
    Run first = smoke();
    assertEquals(ExitCodes.OK, first.code(), first.err());
    Path checkpoint;
    try (Stream<Path> walk = Files.walk(runs)) {
      checkpoint =
          walk.filter(f -> f.getFileName().toString().startsWith("variables.data-"))
              .findFirst()
              .orElseThrow();
    }
    Files.write(checkpoint, java.util.Arrays.copyOf(Files.readAllBytes(checkpoint), 1000));
    Run again = smoke();
    assertEquals(ExitCodes.BAD_DATA, again.code(), again.err());
    assertOneErrorLine(
        again, "checkpoint " + checkpoint.getParent().resolve("variables") + " cannot be read");
    assertTrue(again.err().contains(checkpoint.getFileName() + " 1000 bytes"), again.err());
    assertTrue(
        again
            .err()
            .contains(
                "Delete the checkpoint step: remove "
                    + checkpoint.getParent().getParent()
                    + " (it holds only "
                    + checkpoint.getParent().getFileName()),
        again.err());
    assertFalse(again.err().contains("\tat "), again.err());
    assertFalse(
        files(runs).stream().anyMatch(f -> f.endsWith("result.json")), files(runs).toString());

    // With --debug the same line comes first, then the trace (for a bug report).
    Run debug = smoke("--debug");
    assertEquals(ExitCodes.BAD_DATA, debug.code());
    assertTrue(debug.err().startsWith(again.err().strip()), debug.err());
    assertTrue(debug.err().contains("at org.edgefilter"), debug.err());

    // Deleting what the message says lets the same command train again from step 0.
    deleteTree(checkpoint.getParent().getParent());
    Run fresh = smoke();
    assertEquals(ExitCodes.OK, fresh.code(), fresh.err());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
