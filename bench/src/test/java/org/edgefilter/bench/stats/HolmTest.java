package org.edgefilter.bench.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HolmTest {

  @Test
  void matchesHandComputedStepDown() {
    // Sorted: 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, max(0.06, 0.04*1) = 0.06.
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") -> 0.03 0.06 0.06 0.02.
    assertArrayEquals(
        new double[] {0.03, 0.06, 0.06, 0.02},
        Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
        1e-15);
  }

  @Test
  void capsAtOneAndSkipsMissingTests() {
    double[] adjusted = Holm.adjust(new double[] {0.6, Double.NaN, 0.2});
    // Family of 2: 0.2*2 = 0.4, max(0.4, 0.6*1) = 0.6.
    assertEquals(0.4, adjusted[2], 1e-15);
    assertEquals(0.6, adjusted[0], 1e-15);
    assertTrue(Double.isNaN(adjusted[1]));
    assertEquals(2, Holm.familySize(new double[] {0.6, Double.NaN, 0.2}));
    assertEquals(1.0, Holm.adjust(new double[] {0.7, 0.8})[0], 1e-15);
  }
}
