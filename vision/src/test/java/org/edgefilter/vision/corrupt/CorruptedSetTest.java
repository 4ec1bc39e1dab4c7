package org.edgefilter.vision.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.edgefilter.framework.io.Npy;
import org.edgefilter.framework.io.NpyArray;
import org.edgefilter.framework.io.NpyDtype;
import org.edgefilter.framework.io.NpyHeader;
import org.edgefilter.vision.data.CifarBinaryReader;
import org.edgefilter.vision.data.ImageSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release layout written and read back, and the contact sheet. */
class CorruptedSetTest {

  @TempDir Path tmp;

  private static ImageSet synthetic(int n) {
    byte[] px = new byte[n * 3072];
    int[] labels = new int[n];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) (i * 31 + i / 97);
    }
    for (int i = 0; i < n; i++) {
      labels[i] = (i * 3) % 10;
    }
    return ImageSet.ofBytes(px, n, 32, 32, 3, labels, CifarBinaryReader.CIFAR10_CLASSES);
  }

  @Test
  void writesTheReleaseLayoutAndReadsSeveritiesBack() {
    ImageSet clean = synthetic(3);
    CorruptionGenerator gen = CorruptionGenerator.builder(Resolution.CIFAR).optSeed(5).build();
    List<Corruption> some =
        List.of(Corruption.GAUSSIAN_NOISE, Corruption.CONTRAST, Corruption.ELASTIC_TRANSFORM);
    new CorruptedSetWriter(gen).write(tmp, clean, some);

    NpyHeader h = Npy.readHeader(tmp.resolve("gaussian_noise.npy"));
    assertEquals(NpyDtype.UINT8, h.dtype());
    assertArrayEquals(new long[] {15, 32, 32, 3}, h.shape());
    NpyArray labels = Npy.read(tmp.resolve("labels.npy"));
    assertEquals(NpyDtype.UINT8, labels.dtype());
    assertArrayEquals(new int[] {0, 3, 6, 0, 3, 6, 0, 3, 6, 0, 3, 6, 0, 3, 6}, labels.toInts());

    CorruptedSetReader reader = CorruptedSetReader.open(tmp, CifarBinaryReader.CIFAR10_CLASSES);
    assertEquals(3, reader.imagesPerSeverity());
    assertEquals(some, reader.available());
    for (Corruption c : some) {
      for (int s = 1; s <= 5; s++) {
        ImageSet back = reader.read(c, s);
        assertArrayEquals(gen.corrupt(clean, c, s).bytes(), back.bytes(), c.id() + " " + s);
        assertArrayEquals(clean.labels(), back.labels());
      }
    }
    assertEquals(2, reader.read(Corruption.CONTRAST, 4, 2).size());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> reader.read(Corruption.FOG, 1));
    assertTrue(e.getMessage().contains("fog.npy"), e.getMessage());
  }

  @Test
  void readerRejectsMismatchedFiles() {
    Npy.write(tmp.resolve("labels.npy"), NpyArray.ofInt64(new long[] {1, 2, 3, 4, 5}, 5));
    Npy.write(tmp.resolve("fog.npy"), NpyArray.ofUint8(new byte[2 * 3072], 2, 32, 32, 3));
    CorruptedSetReader reader = CorruptedSetReader.open(tmp, CifarBinaryReader.CIFAR10_CLASSES);
    assertEquals(1, reader.imagesPerSeverity());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> reader.read(Corruption.FOG, 1));
    assertTrue(
        e.getMessage().contains("fog.npy") && e.getMessage().contains("[5, S, S, 3]"),
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> CorruptedSetReader.open(tmp.resolve("nowhere"), List.of("a")));
  }

  @Test
  void contactSheetHasOneRowPerCorruptionAndTheCleanImageFirst() throws Exception {
    ImageSet clean = synthetic(1);
    CorruptionGenerator gen = CorruptionGenerator.builder(Resolution.CIFAR).build();
    Path png = tmp.resolve("sheet.png");
    List<Corruption> rows = List.of(Corruption.BRIGHTNESS, Corruption.PIXELATE);
    ContactSheet.write(png, clean.image(0), 0, gen, rows, 2);
    BufferedImage img = ImageIO.read(Files.newInputStream(png));
    assertEquals(20 + 2 * (64 + 4), img.getHeight());
    assertEquals(130 + 6 * (64 + 4), img.getWidth());
    // top-left pixel of the clean cell, enlarged 2x, is the image's pixel (0, 0)
    int rgb = img.getRGB(130, 20);
    byte[] px = clean.image(0);
    assertEquals(px[0] & 0xFF, rgb >> 16 & 0xFF);
    assertEquals(px[1] & 0xFF, rgb >> 8 & 0xFF);
    assertEquals(px[2] & 0xFF, rgb & 0xFF);
    // the severity-5 pixelate cell shows the corrupted image
    byte[] p5 = gen.corrupt(px, Corruption.PIXELATE, 5, 0);
    int cell = img.getRGB(130 + 5 * 68 + 1, 20 + 68 + 1);
    assertEquals(p5[0] & 0xFF, cell >> 16 & 0xFF);
  }
}
