package org.edgefilter.framework.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FeatureDensityTest {

  @Test
  void countsStrictlyPositiveValues() {
    // Hand count: 0.5 and 2 are > 0; -1, 0, -0 and NaN are not (as torch's `output > 0`).
    assertEquals(2.0 / 6, FeatureDensity.of(new float[] {-1, 0, 0.5f, 2, -0f, Float.NaN}), 0);
    assertEquals(1.0, FeatureDensity.of(new float[] {Float.MIN_VALUE}), 0);
    assertThrows(IllegalArgumentException.class, () -> FeatureDensity.of(new float[0]));
  }

  @Test
  void perChannelOfAChannelsLastArray() {
    // [2 positions, 3 channels]: channel 0 -> {1, 1}, channel 1 -> {-1, 2}, channel 2 -> {0, 0}.
    float[] values = {1, -1, 0, 1, 2, 0};
    assertArrayEquals(new double[] {1.0, 0.5, 0.0}, FeatureDensity.perChannel(values, 3), 0);
    assertThrows(IllegalArgumentException.class, () -> FeatureDensity.perChannel(values, 4));
  }
}
