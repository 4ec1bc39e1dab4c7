package org.edgefilter.vision.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edgefilter.vision.data.ImageSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dataset selection: the paper preset's release-or-JPEG choice, the Tiny interleaving. */
class VisionDataTest {

  @TempDir Path data;

  private static VisionConfig.DataConfig source(String source) {
    return new VisionConfig.DataConfig("cifar10", source, 0, 0, "", 0, 0, false, false);
  }

  private static void writeRecords(Path file, int n, int label) throws Exception {
    byte[] bytes = new byte[n * 3073];
    for (int i = 0; i < n; i++) {
      bytes[i * 3073] = (byte) label;
      bytes[i * 3073 + 1 + i] = (byte) 200;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  @Test
  void paperPresetUsesTheExactReleaseWhenPresent() throws Exception {
    Path release = data.resolve("cifar-10-batches-bin");
    for (int b = 1; b <= 5; b++) {
      writeRecords(release.resolve("data_batch_" + b + ".bin"), 2, b);
    }
    writeRecords(release.resolve("test_batch.bin"), 3, 9);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    VisionData d =
        VisionData.load(
            data, source("release-or-jpeg"), new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals(10, d.train().size());
    assertArrayEquals(new int[] {9, 9, 9}, d.test().labels());
    assertEquals("", log.toString(StandardCharsets.UTF_8));
    assertEquals("release-or-jpeg", VisionConfig.presets().get("paper").data().source());
    assertEquals(false, VisionConfig.presets().get("paper").data().normalize());
  }

  @Test
  void fallsBackToTheJpegCopyWithAWarning() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    // The empty folder has no JPEG copy either: the warning comes first, then the missing file.
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () ->
                VisionData.load(
                    data,
                    source("release-or-jpeg"),
                    new PrintStream(log, true, StandardCharsets.UTF_8)));
    String warning = log.toString(StandardCharsets.UTF_8);
    assertTrue(warning.startsWith("warning: the exact CIFAR-10 release is not in"), warning);
    assertTrue(e.getMessage().contains("cifar10"), e.getMessage());
  }

  @Test
  void rejectsASourceTheDatasetDoesNotHave() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new VisionConfig.DataConfig("cifar100", "jpeg", 0, 0, "", 0, 0, true, false));
    assertTrue(e.getMessage().contains("release"), e.getMessage());
  }

  @Test
  void roundRobinInterleavesTheClasses() {
    ImageSet sorted =
        ImageSet.ofBytes(
            new byte[] {0, 1, 2, 3, 4, 5},
            6,
            1,
            1,
            1,
            new int[] {0, 0, 0, 1, 1, 2},
            List.of("a", "b", "c"));
    ImageSet mixed = VisionData.roundRobin(sorted);
    assertArrayEquals(new int[] {0, 1, 2, 0, 1, 0}, mixed.labels());
    assertArrayEquals(new byte[] {0, 3, 5, 1, 4, 2}, mixed.bytes());
  }
}
