package org.edgefilter.vision.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.vision.data.ImageCodec;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.data.TestData;
import org.edgefilter.vision.data.TinyImageNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Tiny-ImageNet-C release layout written, read back and recognized. */
class TinyImageNetCTest {

  @TempDir Path tmp;

  private static final List<String> WNIDS = List.of("n01443537", "n01629819", "n01641577");
  private static final List<Corruption> SOME =
      List.of(Corruption.GAUSSIAN_NOISE, Corruption.CONTRAST, Corruption.PIXELATE);

  /** Six smooth 64x64 images (JPEG-friendly, as photographs are), labels 0,1,2,0,1,2. */
  private static ImageSet synthetic() {
    int n = 6;
    byte[] px = new byte[n * 64 * 64 * 3];
    for (int i = 0; i < n; i++) {
      for (int y = 0; y < 64; y++) {
        for (int x = 0; x < 64; x++) {
          for (int c = 0; c < 3; c++) {
            double v = 128 + 90 * Math.sin((x + 7 * i) / (6.0 + c)) * Math.cos((y - 3 * i) / 9.0);
            px[((i * 64 + y) * 64 + x) * 3 + c] = (byte) (int) v;
          }
        }
      }
    }
    return ImageSet.ofBytes(px, n, 64, 64, 3, new int[] {0, 1, 2, 0, 1, 2}, WNIDS);
  }

  private static List<String> names(int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add("val_" + i + ".JPEG");
    }
    return names;
  }

  private static double psnr(byte[] a, byte[] b) {
    double se = 0;
    for (int i = 0; i < a.length; i++) {
      double d = (a[i] & 0xFF) - (b[i] & 0xFF);
      se += d * d;
    }
    return 10 * Math.log10(255.0 * 255.0 / (se / a.length));
  }

  @Test
  void writesTheReleaseLayoutAndReadsItBack() throws Exception {
    ImageSet clean = synthetic();
    CorruptionGenerator gen =
        CorruptionGenerator.builder(Resolution.TINY_IMAGENET).optSeed(3).build();
    long[] streams = {10, 11, 12, 13, 14, 15};
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    assertEquals(15, TinyImageNetC.write(tmp, clean, names(6), streams, gen, SOME, quiet));

    // The release's paths: <corruption>/<severity>/<wnid>/<source file name>.
    assertTrue(Files.isRegularFile(tmp.resolve("contrast/5/n01629819/val_4.JPEG")));
    assertTrue(Files.isRegularFile(tmp.resolve("gaussian_noise/1/n01443537/val_3.JPEG")));
    assertTrue(TinyImageNetC.isLayout(tmp));
    CorruptedImages opened = CorruptedImages.open(tmp, WNIDS);
    assertTrue(opened instanceof TinyImageNetC);
    assertEquals(6, opened.imagesPerSeverity());
    assertEquals(SOME, ((TinyImageNetC) opened).available());

    double worst = Double.POSITIVE_INFINITY;
    for (Corruption c : SOME) {
      for (int s = 1; s <= 5; s++) {
        ImageSet back = opened.read(c, s, 6);
        // Round-robin over the classes: val_0 (class 0), val_1 (1), val_2 (2), val_3 (0), ...
        assertArrayEquals(clean.labels(), back.labels(), c + " " + s);
        assertEquals(64, back.height());
        for (int i = 0; i < 6; i++) {
          byte[] corrupted = gen.corrupt(clean.image(i), c, s, streams[i]);
          // Exactly the quality-85 JPEG of the corrupted image, decoded...
          byte[] expected = JpegRoundTrip.apply(corrupted, 64, 64, TinyImageNetC.JPEG_QUALITY);
          assertArrayEquals(expected, back.image(i), c + " " + s + " image " + i);
          if (c != Corruption.GAUSSIAN_NOISE) {
            worst = Math.min(worst, psnr(corrupted, back.image(i)));
          }
        }
      }
    }
    // ... which on smooth images is a small loss (above 30 dB). Pixel-level noise is another
    // matter: quality 85 removes part of it (the release's noise images have the same loss).
    assertTrue(worst > 30, "worst PSNR " + worst);

    // A limit takes images round-robin, so every class is represented.
    assertArrayEquals(new int[] {0, 1, 2}, opened.read(Corruption.CONTRAST, 2, 3).labels());
    // Complete severity folders are kept: a second write does nothing.
    assertEquals(0, TinyImageNetC.write(tmp, clean, names(6), streams, gen, SOME, quiet));
  }

  @Test
  void rejectsFoldersOfUnknownClassesAndOtherLayouts() throws Exception {
    Files.createDirectories(tmp.resolve("fog/1/n99999999"));
    Files.write(tmp.resolve("fog/1/n99999999/val_0.JPEG"), new byte[] {1});
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TinyImageNetC.open(tmp, WNIDS).read(Corruption.FOG, 1, 1));
    assertTrue(e.getMessage().contains("n99999999"), e.getMessage());
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    e = assertThrows(IllegalArgumentException.class, () -> CorruptedImages.open(empty, WNIDS));
    assertTrue(e.getMessage().contains("Tiny-ImageNet-C layout"), e.getMessage());
  }

  @Test
  void generatesFromTheRealValidationImagesAt64Pixels() {
    Path data = TestData.dir();
    TinyImageNet tiny = TinyImageNet.open(data.resolve(TinyImageNet.DATA_SUBDIR));
    ImageSet val = tiny.readVal();
    int[] picked = TinyImageNetC.firstPerClass(val, 1);
    assertEquals(200, picked.length);
    ImageSet clean = val.select(new int[] {picked[0], picked[1]});
    CorruptionGenerator gen =
        CorruptionGenerator.builder(Resolution.TINY_IMAGENET)
            .optFrostAssets(data.resolve("cifar_c_assets"))
            .build();
    List<String> names = List.of("val_" + picked[0] + ".JPEG", "val_" + picked[1] + ".JPEG");
    TinyImageNetC.write(
        tmp,
        clean,
        names,
        new long[] {picked[0], picked[1]},
        gen,
        Corruption.benchmark(),
        new PrintStream(new ByteArrayOutputStream()));
    TinyImageNetC back = TinyImageNetC.open(tmp, tiny.wnids());
    assertEquals(Corruption.benchmark(), back.available());
    for (Corruption c : Corruption.benchmark()) {
      ImageSet s5 = back.read(c, 5, 2);
      assertEquals(64, s5.height());
      assertEquals(
          clean.label(0),
          s5.label(Math.min(clean.label(0), clean.label(1)) == clean.label(0) ? 0 : 1));
      assertTrue(
          psnr(clean.image(0), s5.image(s5.label(0) == clean.label(0) ? 0 : 1)) < 60,
          c + " changed the image");
    }
    assertTrue(
        ImageCodec.read(
                    tmp.resolve("frost/3/" + tiny.wnids().get(clean.label(0)) + "/" + names.get(0)))
                .height()
            == 64);
  }
}
