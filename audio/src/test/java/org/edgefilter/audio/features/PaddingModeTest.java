package org.edgefilter.audio.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PaddingModeTest {

  @Test
  void zeroPadsLoopRepeatsAndBothCut() {
    float[] x = {1, 2, 3};
    assertArrayEquals(new float[] {1, 2, 3, 0, 0, 0, 0, 0}, PaddingMode.ZERO.fit(x, 8), 0f);
    assertArrayEquals(new float[] {1, 2, 3, 1, 2, 3, 1, 2}, PaddingMode.LOOP.fit(x, 8), 0f);
    assertArrayEquals(new float[] {1, 2}, PaddingMode.ZERO.fit(x, 2), 0f);
    assertArrayEquals(new float[] {1, 2}, PaddingMode.LOOP.fit(x, 2), 0f);
    assertArrayEquals(new float[] {0, 0}, PaddingMode.LOOP.fit(new float[0], 2), 0f);
  }
}
