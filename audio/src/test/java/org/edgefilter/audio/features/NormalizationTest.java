package org.edgefilter.audio.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizationTest {

  @Test
  void perClipStandardization() {
    Spectrogram s = new Spectrogram(2, 2, new float[] {1, 3, 5, 7});
    // mean 4, population std sqrt((9 + 1 + 1 + 9) / 4) = sqrt(5)
    float r5 = (float) Math.sqrt(5);
    assertArrayEquals(
        new float[] {-3 / r5, -1 / r5, 1 / r5, 3 / r5}, s.standardized().values(), 1e-6f);
    Spectrogram flat = new Spectrogram(1, 3, new float[] {-100, -100, -100});
    assertArrayEquals(new float[] {0, 0, 0}, flat.standardized().values(), 0f);
  }

  @Test
  void datasetStatsArePerMelBandOverAllFrames() {
    // Band 0 values: 1, 3, 5, 7 -> mean 4, std sqrt(5); band 1: 10, 10, 10, 10 -> mean 10, std 0.
    Spectrogram a = new Spectrogram(2, 2, new float[] {1, 10, 3, 10});
    Spectrogram b = new Spectrogram(2, 2, new float[] {5, 10, 7, 10});
    DatasetStats stats = DatasetStats.fit(List.of(a, b));
    assertArrayEquals(new float[] {4, 10}, stats.mean(), 1e-6f);
    assertArrayEquals(new float[] {(float) Math.sqrt(5), 0}, stats.std(), 1e-6f);
    Spectrogram c = new Spectrogram(1, 2, new float[] {4 + 2 * (float) Math.sqrt(5), 12});
    assertArrayEquals(new float[] {2, 2}, stats.apply(c).values(), 1e-5f);
    assertThrows(IllegalArgumentException.class, () -> DatasetStats.fit(List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> stats.apply(new Spectrogram(1, 3, new float[3])));
  }

  @Test
  void stackLaysOutBatchTimeMelChannel() {
    Spectrogram a = new Spectrogram(2, 2, new float[] {1, 2, 3, 4});
    Spectrogram b = new Spectrogram(2, 2, new float[] {5, 6, 7, 8});
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, Spectrogram.stack(List.of(a, b)), 0f);
    assertEquals(3f, a.get(1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> Spectrogram.stack(List.of(a, new Spectrogram(1, 4, new float[4]))));
  }
}
