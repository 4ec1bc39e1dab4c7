package org.edgefilter.vision.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.vision.VisionCli;
import org.edgefilter.vision.corrupt.CorruptedSetReader;
import org.edgefilter.vision.corrupt.Corruption;
import org.edgefilter.vision.data.Cifar100Files;
import org.edgefilter.vision.data.Cifar100Set;
import org.edgefilter.vision.data.ImageSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CIFAR-100 end to end on a small fixture written in the exact format of the official binary
 * release ({@code cifar-100-binary/train.bin}, {@code test.bin}: records of 1 coarse label byte, 1
 * fine label byte and 3072 pixel bytes, the 1024 red values row-major, then green, then blue;
 * {@code fine_label_names.txt}, {@code coarse_label_names.txt}).
 */
class Cifar100FixtureTest {

  @TempDir Path data;

  @TempDir Path runs;

  /** A fixture record set: labels and pixels in the release's CHW byte order. */
  private record Fixture(int[] coarse, int[] fine, byte[][] chw) {}

  private static Fixture write(Path file, int n, long seed) throws IOException {
    Random rng = new Random(seed);
    int[] coarse = new int[n];
    int[] fine = new int[n];
    byte[][] chw = new byte[n][3072];
    byte[] bytes = new byte[n * 3074];
    for (int i = 0; i < n; i++) {
      fine[i] = (i * 37) % 100;
      coarse[i] = fine[i] % 20;
      // A class-dependent brightness per channel plus noise, so images differ by class.
      for (int p = 0; p < 3072; p++) {
        int base = (fine[i] * 2 + (p / 1024) * 60) % 200;
        chw[i][p] = (byte) (base + rng.nextInt(56));
      }
      bytes[i * 3074] = (byte) coarse[i];
      bytes[i * 3074 + 1] = (byte) fine[i];
      System.arraycopy(chw[i], 0, bytes, i * 3074 + 2, 3072);
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return new Fixture(coarse, fine, chw);
  }

  private Fixture[] writeRelease() throws IOException {
    Path dir = data.resolve("cifar-100-binary");
    Fixture train = write(dir.resolve("train.bin"), 160, 1);
    Fixture test = write(dir.resolve("test.bin"), 48, 2);
    List<String> fine = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      fine.add("fine_" + i);
    }
    List<String> coarse = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      coarse.add("coarse_" + i);
    }
    Files.write(dir.resolve("fine_label_names.txt"), fine, StandardCharsets.UTF_8);
    Files.write(dir.resolve("coarse_label_names.txt"), coarse, StandardCharsets.UTF_8);
    return new Fixture[] {train, test};
  }

  @Test
  void readsTheReleaseLayoutWithFineAndCoarseLabels() throws IOException {
    Fixture test = writeRelease()[1];
    Cifar100Set set = Cifar100Files.releaseTest(data);
    ImageSet fine = set.fine();
    assertEquals(48, fine.size());
    assertEquals(100, fine.classNames().size());
    assertEquals("fine_7", fine.classNames().get(7));
    assertArrayEquals(test.fine(), fine.labels());
    assertArrayEquals(test.coarse(), set.coarseLabels());
    // HWC pixel (y, x, c) is CHW byte c * 1024 + y * 32 + x of the record.
    for (int i : new int[] {0, 17, 47}) {
      byte[] hwc = fine.image(i);
      for (int y = 0; y < 32; y += 5) {
        for (int x = 0; x < 32; x += 3) {
          for (int c = 0; c < 3; c++) {
            assertEquals(test.chw()[i][c * 1024 + y * 32 + x], hwc[(y * 32 + x) * 3 + c]);
          }
        }
      }
    }
  }

  @Test
  void experimentRunsOnTheReleaseAtSmokeScale() throws IOException {
    Fixture test = writeRelease()[1];
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.execute(
            new VisionCli(),
            new PrintWriter(out),
            new PrintWriter(err),
            "experiment",
            "--preset",
            "smoke",
            "--dataset",
            "cifar100",
            "--data",
            data.toString(),
            "--runs",
            runs.toString(),
            "--set",
            "tta.corruptions=gaussian_noise,contrast",
            "--set",
            "tta.probes=false");
    assertEquals(0, code, err.toString());
    Path experiment = runs.resolve("vision/smoke");
    for (String arm : List.of("baseline", "ef-mean-k3-p1")) {
      RunResult r = RunResult.read(experiment.resolve(arm).resolve("seed-0/result.json"));
      for (String key :
          List.of("clean_acc", "source/mean_acc", "bn-norm/mean_acc", "tent/mean_acc")) {
        double v = r.metrics().get(key);
        assertTrue(v >= 0 && v <= 1, arm + " " + key + " = " + v);
      }
      String config = Files.readString(experiment.resolve(arm).resolve("seed-0/config.json"));
      assertTrue(config.contains("cifar100"), config);
    }
    // The generated CIFAR-100-C set holds the 48 fine test labels, 5 times, and images at 32 px.
    Path corrupted = runs.resolve("vision/cifar100-c/release-n48-seed0");
    List<String> names = Cifar100Files.fineNames(data);
    CorruptedSetReader reader = CorruptedSetReader.open(corrupted, names);
    assertEquals(48, reader.imagesPerSeverity());
    ImageSet contrast = reader.read(Corruption.CONTRAST, 5);
    assertArrayEquals(test.fine(), contrast.labels());
    assertEquals(32, contrast.height());
  }
}
