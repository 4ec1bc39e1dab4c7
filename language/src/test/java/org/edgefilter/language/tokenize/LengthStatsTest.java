package org.edgefilter.language.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LengthStatsTest {

  @Test
  void nearestRankPercentiles() {
    // 1..10 in scrambled order: nearest rank ceil(p/100 * 10) gives p50 = 5th value = 5,
    // p90 = 9th = 9, p99 = ceil(9.9) = 10th = 10.
    LengthStats stats = LengthStats.of(new int[] {7, 3, 10, 1, 5, 9, 2, 8, 4, 6});
    assertEquals(new LengthStats(10, 5.5, 5, 9, 10, 10), stats);
    assertEquals(
        0.3, LengthStats.fractionAbove(new int[] {7, 3, 10, 1, 5, 9, 2, 8, 4, 6}, 7), 1e-12);
    assertEquals(new LengthStats(1, 4.0, 4, 4, 4, 4), LengthStats.of(new int[] {4}));
  }
}
