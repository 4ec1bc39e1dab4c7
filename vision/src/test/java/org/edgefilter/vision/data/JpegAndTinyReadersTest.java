package org.edgefilter.vision.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JpegAndTinyReadersTest {

  private static double psnr(byte[] a, int offA, byte[] b, int offB, int n) {
    double se = 0;
    for (int i = 0; i < n; i++) {
      double d = (a[offA + i] & 0xFF) - (b[offB + i] & 0xFF);
      se += d * d;
    }
    return 10 * Math.log10(255.0 * 255.0 / Math.max(se / n, 1e-12));
  }

  @Test
  void cifarJpegTestZipInOfficialOrderMatchesExactImages() {
    Path data = TestData.dir();
    int[] officialLabels = Cifar10Files.subsetTestLabelsAll(data);
    ImageSet jpg =
        CifarJpegZipReader.readInOfficialOrder(
            data.resolve("cifar10_jpg/test_jpg.zip"), "test", officialLabels);
    assertEquals(10000, jpg.size());
    assertArrayEquals(officialLabels, jpg.labels());
    ImageSet exact = Cifar10Files.subsetTest(data);
    // The data README: about 30 dB PSNR on average against the exact pixels, minimum about 24.5.
    double sum = 0;
    double min = Double.MAX_VALUE;
    for (int i = 0; i < exact.size(); i++) {
      double p = psnr(exact.bytes(), i * 3072, jpg.bytes(), i * 3072, 3072);
      sum += p;
      min = Math.min(min, p);
    }
    double mean = sum / exact.size();
    assertTrue(mean > 27 && mean < 40, "mean PSNR " + mean);
    assertTrue(min > 20, "min PSNR " + min);
    // A misaligned order would pair different images: far lower PSNR.
    assertTrue(psnr(exact.bytes(), 0, jpg.bytes(), 3072, 3072) < 20);
  }

  @Test
  void tinyImageNetValidationSet() {
    TinyImageNet tiny = TinyImageNet.open(TestData.dir().resolve("tiny_imagenet_200"));
    assertEquals(200, tiny.wnids().size());
    assertEquals("n01443537", tiny.wnids().get(0));
    assertEquals("goldfish, Carassius auratus", tiny.description("n01443537"));
    ImageSet val = tiny.readVal();
    assertEquals(10000, val.size());
    assertEquals(64, val.height());
    // val_annotations.txt: val_0.JPEG n03444034, val_1.JPEG n04067472
    assertEquals("n03444034", val.classNames().get(val.label(0)));
    assertEquals("n04067472", val.classNames().get(val.label(1)));
    int[] counts = val.labelCounts();
    int[] fifty = new int[200];
    Arrays.fill(fifty, 50);
    assertArrayEquals(fifty, counts);
  }
}
