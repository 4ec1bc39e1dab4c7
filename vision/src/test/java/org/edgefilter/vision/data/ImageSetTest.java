package org.edgefilter.vision.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageSetTest {

  private static final List<String> AB = List.of("a", "b");

  /** Two 1x2 RGB images. */
  private static ImageSet tiny() {
    byte[] px = {0, (byte) 255, 51, 102, (byte) 204, 10, 1, 2, 3, 4, 5, 6};
    return ImageSet.ofBytes(px, 2, 1, 2, 3, new int[] {1, 0}, AB);
  }

  @Test
  void convertsToUnitFloatsAndNormalizesPerChannel() {
    ImageSet f = tiny().toFloat();
    assertEquals(ImageSet.PixelType.FLOAT32, f.pixelType());
    assertEquals(1f, f.floats()[1]);
    assertEquals(51 / 255f, f.floats()[2]);
    ChannelNormalization n =
        new ChannelNormalization(new double[] {0.5, 0, 0.2}, new double[] {0.5, 1, 0.1});
    float[] z = tiny().normalized(n).floats();
    // (0 - 0.5) / 0.5 = -1; (1 - 0) / 1 = 1; (0.2 - 0.2) / 0.1 = 0; (0.4 - 0.5) / 0.5 = -0.2
    assertEquals(-1f, z[0], 1e-6);
    assertEquals(1f, z[1], 1e-6);
    assertEquals(0f, z[2], 1e-6);
    assertEquals(-0.2f, z[3], 1e-6);
  }

  @Test
  void slicesSelectsAndConcatenates() {
    ImageSet s = tiny();
    assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, s.slice(1, 2).bytes());
    ImageSet sel = s.select(new int[] {1, 1, 0});
    assertArrayEquals(new int[] {0, 0, 1}, sel.labels());
    ImageSet cat = ImageSet.concat(List.of(s, sel));
    assertEquals(5, cat.size());
    assertArrayEquals(s.image(1), cat.image(3));
    assertArrayEquals(new int[] {3, 2}, cat.labelCounts());
  }

  @Test
  void rejectsBadShapesAndLabels() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ImageSet.ofBytes(new byte[5], 1, 1, 2, 3, new int[] {0}, AB));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ImageSet.ofBytes(new byte[6], 1, 1, 2, 3, new int[] {2}, AB));
    assertEquals("label 2 of image 0 is outside 0..1", e.getMessage());
  }

  @Test
  void cifarConstantsMatchMeasuredTrainStatistics() {
    // The 5000 real training images of the subset must give nearly the published statistics of
    // all 50,000 (fb.resnet.torch: mean 125.3, 123.0, 113.9 and std 63.0, 62.1, 66.7 of 255).
    ChannelNormalization m = ChannelNormalization.measure(Cifar10Files.subsetTrain(TestData.dir()));
    double[] mean = ChannelNormalization.CIFAR10.mean();
    double[] std = ChannelNormalization.CIFAR10.std();
    for (int c = 0; c < 3; c++) {
      assertEquals(mean[c], m.mean()[c], 0.01);
      assertEquals(std[c], m.std()[c], 0.01);
    }
  }

  @Test
  void dataLocationPrefersOptionThenEnvironmentThenCache() {
    Path home = Path.of("/home/u");
    assertEquals(
        Path.of("/opt"),
        DataLocation.resolve(Optional.of(Path.of("/opt")), Map.of("EDGEFILTER_DATA", "/e"), home));
    assertEquals(
        Path.of("/e"),
        DataLocation.resolve(Optional.empty(), Map.of("EDGEFILTER_DATA", "/e"), home));
    assertEquals(
        Path.of("/home/u/.cache/edgefilter"),
        DataLocation.resolve(Optional.empty(), Map.of(), home));
  }
}
