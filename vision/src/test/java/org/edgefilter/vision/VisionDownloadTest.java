package org.edgefilter.vision;

import static org.edgefilter.framework.io.ReleaseServer.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.io.Downloader;
import org.edgefilter.framework.io.MissingDataException;
import org.edgefilter.framework.io.ReleaseServer;
import org.edgefilter.vision.data.Cifar100Files;
import org.edgefilter.vision.data.Cifar100Set;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.data.TinyImageNet;
import org.edgefilter.vision.experiment.VisionConfig;
import org.edgefilter.vision.experiment.VisionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vision download} against a local server serving small archives in each release's real
 * layout (never the internet): checks, resume, and that the presets then find the data.
 */
class VisionDownloadTest {

  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome vision(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new VisionCli(), new PrintWriter(out), new PrintWriter(err), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  /** {@code n} CIFAR records: label byte, then 3072 pixel bytes (R plane, G plane, B plane). */
  private static byte[] cifarRecords(int n, int labelBytes, int seed) {
    byte[] bytes = new byte[n * (labelBytes + 3072)];
    new Random(seed).nextBytes(bytes);
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < labelBytes; k++) {
        bytes[r * (labelBytes + 3072) + k] = (byte) ((r + k) % 10);
      }
    }
    return bytes;
  }

  @Test
  void cifar10MismatchCutResumeAndThePresetsReadTheRelease() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "cifar-10-batches-bin/batches.meta.txt",
        utf8("airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n\n"));
    byte[] test = cifarRecords(1100, 1, 1);
    entries.put("cifar-10-batches-bin/test_batch.bin", test);
    for (int b = 1; b <= 5; b++) {
      entries.put("cifar-10-batches-bin/data_batch_" + b + ".bin", cifarRecords(3, 1, 10 + b));
    }
    entries.put("cifar-10-batches-bin/readme.html", utf8("<html></html>"));
    byte[] archive = ReleaseServer.tarGz(entries);
    Path data = dir.resolve("data");
    try (ReleaseServer server = new ReleaseServer()) {
      String url = server.serve("/cifar-10-binary.tar.gz", archive).toString();
      // The fixture is not the real release: the built-in digests reject it.
      Outcome mismatch = vision("download", "cifar10", "--data", data.toString(), "--url", url);
      assertEquals(ExitCodes.DOWNLOAD_FAILED, mismatch.code(), mismatch.err());
      assertTrue(
          mismatch.err().startsWith("error: size mismatch for cifar-10-binary.tar.gz"),
          mismatch.err());
      assertTrue(
          mismatch.err().contains("expected SHA-256: c4a38c50a1bc5f3a1c5537f2155ab9d68f9f2"),
          mismatch.err());
      assertTrue(
          mismatch.err().contains("actual SHA-256:   " + ReleaseServer.sha256(archive)),
          mismatch.err());
      assertFalse(Files.exists(data.resolve("cifar-10-batches-bin")));
      assertEquals(List.of(), regularFiles(data));

      // A cut connection keeps the part; the next run resumes it with a Range request.
      String sha = ReleaseServer.sha256(archive);
      server.cutNextAfter("/cifar-10-binary.tar.gz", archive.length / 3);
      Outcome cut =
          vision("download", "cifar10", "--data", data.toString(), "--url", url, "--sha256", sha);
      assertEquals(ExitCodes.DOWNLOAD_FAILED, cut.code(), cut.err());
      assertTrue(cut.err().contains("run the same command again to resume"), cut.err());
      // What reached the client before the server closed the connection.
      long partAfterCut =
          Files.size(Downloader.partFile(data.resolve("downloads/cifar-10-binary.tar.gz")));
      assertTrue(partAfterCut > 0 && partAfterCut <= archive.length / 3, "kept " + partAfterCut);
      Outcome ok =
          vision("download", "cifar10", "--data", data.toString(), "--url", url, "--sha256", sha);
      assertEquals(ExitCodes.OK, ok.code(), ok.err());
      assertEquals(
          "/cifar-10-binary.tar.gz bytes=" + partAfterCut + "-",
          server.requests().get(server.requests().size() - 1));
    }
    // The subset presets (smoke, quick) read the first 1000 records of each release batch.
    VisionConfig.DataConfig quick = VisionConfig.presets().resolve("quick", List.of()).data();
    VisionData loaded = VisionData.load(data, quick);
    assertEquals(1000, loaded.test().size());
    assertEquals(15, loaded.train().size());
    for (int i : new int[] {0, 999}) {
      int base = i * 3073;
      assertEquals(test[base], loaded.test().label(i));
      byte[] hwc = loaded.test().image(i);
      for (int p : new int[] {0, 517, 1023}) {
        assertEquals(test[base + 1 + p], hwc[3 * p]);
        assertEquals(test[base + 1 + 1024 + p], hwc[3 * p + 1]);
        assertEquals(test[base + 1 + 2048 + p], hwc[3 * p + 2]);
      }
    }
    // The paper preset reads the whole release.
    VisionConfig.DataConfig paper = VisionConfig.presets().resolve("paper", List.of()).data();
    assertEquals(1100, VisionData.load(data, paper).test().size());
  }

  @Test
  void missingCifarNamesTheDownloadCommandWhichExists() {
    VisionConfig.DataConfig quick = VisionConfig.presets().resolve("quick", List.of()).data();
    MissingDataException e =
        assertThrows(MissingDataException.class, () -> VisionData.load(dir, quick));
    assertTrue(
        e.getMessage().contains("Fetch it with `./edgefilter vision download cifar10`"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains(dir.resolve("cifar-10-batches-bin/data_batch_1.bin").toString()),
        e.getMessage());
    Outcome list = vision("download", "--list");
    assertEquals(ExitCodes.OK, list.code(), list.err());
    for (String name : List.of("cifar10", "cifar100", "tiny-imagenet", "cifar10-c")) {
      assertTrue(list.out().contains(name + " "), list.out());
    }
  }

  @Test
  void cifar100IsReadFromTheRelease() throws Exception {
    byte[] records = cifarRecords(4, 2, 3);
    StringBuilder fine = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      fine.append("class").append(i).append('\n');
    }
    StringBuilder coarse = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      coarse.append("super").append(i).append('\n');
    }
    byte[] archive =
        ReleaseServer.tarGz(
            Map.of(
                "cifar-100-binary/test.bin", records,
                "cifar-100-binary/fine_label_names.txt", utf8(fine.toString()),
                "cifar-100-binary/coarse_label_names.txt", utf8(coarse.toString())));
    try (ReleaseServer server = new ReleaseServer()) {
      String url = server.serve("/cifar-100-binary.tar.gz", archive).toString();
      Outcome ok =
          vision(
              "download",
              "cifar100",
              "--data",
              dir.toString(),
              "--url",
              url,
              "--sha256",
              ReleaseServer.sha256(archive));
      assertEquals(ExitCodes.OK, ok.code(), ok.err());
    }
    Cifar100Set set = Cifar100Files.releaseTest(dir);
    assertEquals(4, set.fine().size());
    // Record 1 starts at byte 3074: coarse label byte, fine label byte, pixels.
    assertEquals(records[3074] & 0xff, set.coarseLabels()[1]);
    assertEquals(records[3075] & 0xff, set.fine().label(1));
  }

  @Test
  void tinyImageNetIsReadFromTheReleaseLayout() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    StringBuilder wnids = new StringBuilder();
    StringBuilder words = new StringBuilder("n99999999\tnot one of the 200\n");
    for (int i = 0; i < 200; i++) {
      String wnid = String.format("n%08d", i);
      wnids.append(wnid).append('\n');
      words.append(wnid).append("\tthing ").append(i).append('\n');
    }
    entries.put("tiny-imagenet-200/wnids.txt", utf8(wnids.toString()));
    entries.put("tiny-imagenet-200/words.txt", utf8(words.toString()));
    entries.put(
        "tiny-imagenet-200/val/val_annotations.txt",
        utf8("val_0.JPEG\tn00000007\t0\t0\t63\t63\nval_1.JPEG\tn00000003\t1\t1\t60\t60\n"));
    entries.put("tiny-imagenet-200/val/images/val_0.JPEG", jpeg(0x202020));
    entries.put("tiny-imagenet-200/val/images/val_1.JPEG", jpeg(0xe0e0e0));
    entries.put("tiny-imagenet-200/train/n00000002/images/n00000002_0.JPEG", jpeg(0x808080));
    entries.put("tiny-imagenet-200/train/n00000002/images/n00000002_60.JPEG", jpeg(0x808080));
    byte[] archive = ReleaseServer.zip(entries);
    try (ReleaseServer server = new ReleaseServer()) {
      String url = server.serve("/tiny-imagenet-200.zip", archive).toString();
      Outcome md5 = vision("download", "tiny-imagenet", "--data", dir.toString(), "--url", url);
      assertEquals(ExitCodes.DOWNLOAD_FAILED, md5.code(), md5.err());
      assertTrue(
          md5.err().contains("expected MD5:     90528d7ca1a48142e341f4ef8d21d0de"), md5.err());
      Outcome ok =
          vision(
              "download",
              "tiny-imagenet",
              "--data",
              dir.toString(),
              "--url",
              url,
              "--sha256",
              ReleaseServer.sha256(archive));
      assertEquals(ExitCodes.OK, ok.code(), ok.err());
    }
    TinyImageNet tiny = TinyImageNet.locate(DataLocator.locate(dir));
    assertEquals("thing 7", tiny.description("n00000007"));
    ImageSet val = tiny.readVal();
    assertEquals(2, val.size());
    assertEquals(7, val.label(0));
    assertEquals(3, val.label(1));
    assertEquals(2, tiny.readTrain().size());
    assertEquals(1, tiny.readTrain(50).size());
  }

  private static byte[] jpeg(int rgb) throws Exception {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        image.setRGB(x, y, rgb);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  private static List<Path> regularFiles(Path root) throws Exception {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
