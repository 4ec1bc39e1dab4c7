package org.edgefilter.nerf;

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
import javax.imageio.ImageIO;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.io.Downloader;
import org.edgefilter.framework.io.MissingDataException;
import org.edgefilter.framework.io.ReleaseServer;
import org.edgefilter.nerf.data.FewShotScene;
import org.edgefilter.nerf.experiment.NerfConfig;
import org.edgefilter.nerf.experiment.NerfPresets;
import org.edgefilter.nerf.experiment.NerfRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nerf download lego} against a local server serving a small archive in the example-data
 * layout, and the presets reading the original scene it unpacks (never the internet).
 */
class NerfDownloadTest {

  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome nerf(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new NerfCli(), new PrintWriter(out), new PrintWriter(err), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  /** An opaque 32x32 PNG of one colour whose red byte is {@code red}. */
  private static byte[] png(int red) throws Exception {
    BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_4BYTE_ABGR);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        image.setRGB(x, y, (255 << 24) | (red << 16) | (40 << 8) | 200);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static String transforms(String split, int frames) {
    StringBuilder json =
        new StringBuilder("{\"camera_angle_x\": 0.6911112070083618, \"frames\": [");
    for (int k = 0; k < frames; k++) {
      json.append(k == 0 ? "" : ",")
          .append("{\"file_path\": \"./")
          .append(split)
          .append("/r_")
          .append(k)
          .append("\", \"rotation\": 0.012566370614359171, \"transform_matrix\": " + "[[1,0,0,")
          .append(k % 7)
          .append("],[0,1,0,0],[0,0,1,4],[0,0,0,1]]}");
    }
    return json.append("]}").toString();
  }

  /** The scene in the example-data archive's layout: 100 train and 200 test views. */
  private static byte[] archive() throws Exception {
    String lego = "nerf_example_data/nerf_synthetic/lego/";
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(lego + "transforms_train.json", ReleaseServer.utf8(transforms("train", 100)));
    entries.put(lego + "transforms_test.json", ReleaseServer.utf8(transforms("test", 200)));
    byte[] train = png(0);
    for (int k = 0; k < 100; k++) {
      entries.put(lego + "train/r_" + k + ".png", train);
    }
    for (int k = 0; k < 200; k++) {
      entries.put(lego + "test/r_" + k + ".png", png(k));
    }
    entries.put("nerf_example_data/nerf_llff_data/fern/poses_bounds.npy", new byte[16]);
    return ReleaseServer.zip(entries);
  }

  @Test
  void legoCutResumeAndThePresetsReadTheOriginalScene() throws Exception {
    byte[] archive = archive();
    Path data = dir.resolve("data");
    try (ReleaseServer server = new ReleaseServer()) {
      String url = server.serve("/nerf_example_data.zip", archive).toString();
      Outcome mismatch =
          nerf(
              "download",
              "lego",
              "--data",
              data.toString(),
              "--url",
              url,
              "--sha256",
              "2".repeat(64));
      assertEquals(ExitCodes.DOWNLOAD_FAILED, mismatch.code(), mismatch.err());
      assertTrue(mismatch.err().contains("expected SHA-256: " + "2".repeat(64)), mismatch.err());
      assertFalse(Files.exists(data.resolve("nerf_synthetic")));

      server.cutNextAfter("/nerf_example_data.zip", archive.length / 2);
      Outcome cut = nerf("download", "lego", "--data", data.toString(), "--url", url);
      assertEquals(ExitCodes.DOWNLOAD_FAILED, cut.code(), cut.err());
      long partAfterCut =
          Files.size(Downloader.partFile(data.resolve("downloads/nerf_example_data.zip")));
      assertTrue(partAfterCut > 0 && partAfterCut <= archive.length / 2, "kept " + partAfterCut);
      Outcome ok = nerf("download", "lego", "--data", data.toString(), "--url", url);
      assertEquals(ExitCodes.OK, ok.code(), ok.err());
      assertEquals(
          "/nerf_example_data.zip bytes=" + partAfterCut + "-",
          server.requests().get(server.requests().size() - 1));
      assertTrue(
          ok.out().contains("NOT verified")
              && ok.out().contains("Computed SHA-256 " + ReleaseServer.sha256(archive)),
          ok.out());
    }
    assertFalse(Files.exists(data.resolve("nerf_llff_data")), "only lego is unpacked");

    // smoke: downscale 8 of the 400x400 copy = 16 of the original; test positions 0 and 12 of
    // the copy's 25 views = r_0 and r_96.
    NerfConfig smoke = NerfPresets.presets().resolve("smoke", List.of());
    FewShotScene scene = NerfRun.loadScene(smoke, DataLocator.locate(data));
    assertEquals(8, scene.train().size());
    assertEquals(
        List.of("./test/r_0", "./test/r_96"),
        scene.test().views().stream().map(v -> v.filePath()).toList());
    assertEquals(2, scene.test().get(1).image().height());
    // The area mean of 256 equal float pixels, to float rounding.
    assertEquals(96 / 255f, scene.test().get(1).image().get(1, 1, 0), 1e-5);
    // quick: every view of the copy, r_0, r_8, ..., r_192.
    NerfConfig quick = NerfPresets.presets().resolve("quick", List.of());
    FewShotScene all = NerfRun.loadScene(quick, DataLocator.locate(data));
    assertEquals(25, all.test().size());
    assertEquals("./test/r_192", all.test().get(24).filePath());
  }

  @Test
  void missingSceneNamesTheDownloadCommandWhichExists() {
    NerfConfig smoke = NerfPresets.presets().resolve("smoke", List.of());
    MissingDataException e =
        assertThrows(
            MissingDataException.class, () -> NerfRun.loadScene(smoke, DataLocator.locate(dir)));
    assertTrue(
        e.getMessage().contains("Fetch it with `./edgefilter nerf download lego`"), e.getMessage());
    assertTrue(
        e.getMessage().contains(dir.resolve("nerf_lego_400").toString())
            && e.getMessage().contains(dir.resolve("nerf_synthetic/lego").toString()),
        e.getMessage());
    Outcome list = nerf("download", "--list");
    assertEquals(ExitCodes.OK, list.code(), list.err());
    assertTrue(
        list.out().contains("lego ") && list.out().contains("nerf_example_data.zip"), list.out());
  }
}
