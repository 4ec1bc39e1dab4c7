package org.edgefilter.vision.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.edgefilter.vision.data.Cifar10Files;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.data.TestData;
import org.edgefilter.vision.data.TinyImageNet;
import org.junit.jupiter.api.Test;

/** Shape, determinism and severity ordering of every corruption on real images. */
class CorruptionPropertiesTest {

  /** Corruptions that use no randomness. */
  private static final Set<Corruption> DETERMINISTIC =
      EnumSet.of(
          Corruption.DEFOCUS_BLUR,
          Corruption.ZOOM_BLUR,
          Corruption.BRIGHTNESS,
          Corruption.CONTRAST,
          Corruption.PIXELATE,
          Corruption.JPEG_COMPRESSION,
          Corruption.GAUSSIAN_BLUR,
          Corruption.SATURATE);

  /**
   * Corruptions whose definition does not make the change grow at every step, so only severity 1 vs
   * 5 is asserted: glass_blur (severities 1-3 shuffle once with growing sigma, and the blur smooths
   * the shuffle; 4-5 shuffle twice), frost (a + b is 1.2, 1.3, 1.3, 1.25, 1.2 and the overlay and
   * crop are random per severity), spatter (1-3 are water, 4-5 mud: different effects), saturate
   * (multipliers 0.3, 0.1, then 1.5, 2, 2.5: severity 2 desaturates more than 3 changes).
   */
  private static final Set<Corruption> ENDPOINTS_ONLY =
      EnumSet.of(Corruption.GLASS_BLUR, Corruption.FROST, Corruption.SPATTER, Corruption.SATURATE);

  private static double meanAbsDiff(byte[] a, byte[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
    }
    return s / a.length;
  }

  @Test
  void cifarCorruptionsAreDeterministicAndGrowWithSeverity() {
    Path data = TestData.dir();
    ImageSet clean = Cifar10Files.subsetTest(data).slice(0, 8);
    Path assets = data.resolve("cifar_c_assets");
    CorruptionGenerator gen =
        CorruptionGenerator.builder(Resolution.CIFAR).optSeed(7).optFrostAssets(assets).build();
    CorruptionGenerator same =
        CorruptionGenerator.builder(Resolution.CIFAR)
            .optSeed(7)
            .optFrostAssets(assets)
            .optParallel(false)
            .build();
    CorruptionGenerator other =
        CorruptionGenerator.builder(Resolution.CIFAR).optSeed(8).optFrostAssets(assets).build();
    for (Corruption c : Corruption.values()) {
      double[] mad = new double[6];
      for (int s = 1; s <= 5; s++) {
        ImageSet out = gen.corrupt(clean, c, s);
        assertEquals(clean.size(), out.size());
        assertEquals(32, out.height());
        assertArrayEquals(clean.labels(), out.labels());
        assertArrayEquals(
            out.bytes(),
            same.corrupt(clean, c, s).bytes(),
            c.id() + " " + s + " is not reproducible for a seed (or depends on threads)");
        boolean differs = !Arrays.equals(out.bytes(), other.corrupt(clean, c, s).bytes());
        assertEquals(
            !DETERMINISTIC.contains(c),
            differs,
            c.id() + " " + s + ": another seed should change exactly the random corruptions");
        mad[s] = meanAbsDiff(clean.bytes(), out.bytes());
        assertTrue(mad[s] > 0.5, c.id() + " " + s + " hardly changes the image: " + mad[s]);
      }
      String msg = c.id() + " mean abs difference by severity " + Arrays.toString(mad);
      if (c == Corruption.ELASTIC_TRANSFORM) {
        // Not monotone by definition: the random affine shift A shrinks from 2.56 to 0.96 pixels
        // while the smooth displacement (alpha up to 3.2, sigma down to 0.96) grows, and the
        // affine part moves more pixels; only a clear change at every severity is asserted.
        continue;
      }
      if (ENDPOINTS_ONLY.contains(c)) {
        assertTrue(mad[5] > mad[1], msg);
      } else {
        for (int s = 2; s <= 5; s++) {
          assertTrue(mad[s] >= mad[s - 1], msg);
        }
      }
    }
  }

  @Test
  void tinyImageNetCorruptionsKeepShapeAndAreDeterministic() {
    Path data = TestData.dir();
    ImageSet val = TinyImageNet.open(data.resolve("tiny_imagenet_200")).readVal().slice(0, 2);
    CorruptionGenerator gen =
        CorruptionGenerator.builder(Resolution.TINY_IMAGENET)
            .optSeed(3)
            .optFrostAssets(data.resolve("cifar_c_assets"))
            .build();
    for (Corruption c : Corruption.values()) {
      for (int s : new int[] {1, 5}) {
        byte[] a = gen.corrupt(val.image(1), c, s, 1);
        assertEquals(64 * 64 * 3, a.length);
        assertArrayEquals(a, gen.corrupt(val.image(1), c, s, 1), c.id());
        if (s == 5) {
          assertFalse(Arrays.equals(a, val.image(1)), c.id() + " 5 leaves the image unchanged");
        }
      }
    }
  }

  @Test
  void streamsDependOnEveryKeyPart() {
    CorruptionGenerator gen = CorruptionGenerator.builder(Resolution.CIFAR).optSeed(1).build();
    long base = gen.stream(Corruption.FOG, 2, 10).nextLong();
    assertEquals(base, gen.stream(Corruption.FOG, 2, 10).nextLong());
    assertTrue(base != gen.stream(Corruption.FOG, 3, 10).nextLong());
    assertTrue(base != gen.stream(Corruption.FOG, 2, 11).nextLong());
    assertTrue(base != gen.stream(Corruption.SNOW, 2, 10).nextLong());
    assertTrue(
        base
            != CorruptionGenerator.builder(Resolution.CIFAR).optSeed(2).build().stream(
                    Corruption.FOG, 2, 10)
                .nextLong());
  }

  @Test
  void corruptionNamesAndSets() {
    assertEquals(15, Corruption.benchmark().size());
    assertEquals(4, Corruption.extras().size());
    assertEquals(Corruption.ELASTIC_TRANSFORM, Corruption.fromId("elastic_transform"));
    assertEquals(Resolution.TINY_IMAGENET, Resolution.forSide(64));
  }
}
