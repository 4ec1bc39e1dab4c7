package org.edgefilter.framework.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MedianNetworkTest {

  /** By the 0-1 principle a comparator network selects correctly iff it does on all 0-1 inputs. */
  @Test
  void selectsTheMedianOfEveryZeroOneInput() {
    for (int n = 1; n <= 17; n += 2) {
      MedianNetwork net = MedianNetwork.forSize(n);
      for (int bits = 0; bits < (1 << n); bits++) {
        float[] v = new float[n];
        int ones = 0;
        for (int i = 0; i < n; i++) {
          v[i] = (bits >> i) & 1;
          ones += (bits >> i) & 1;
        }
        float expected = ones > n / 2 ? 1f : 0f;
        assertEquals(expected, net.median(v), "n=" + n + " bits=" + Integer.toBinaryString(bits));
      }
    }
  }

  @Test
  void selectsTheMedianOfRandomInputsUpToTheNetworkLimit() {
    Random r = new Random(1);
    for (int n = 1; n <= EdgeFilter.MAX_NETWORK_WINDOW; n += 2) {
      MedianNetwork net = MedianNetwork.forSize(n);
      for (int trial = 0; trial < 50; trial++) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
          v[i] = r.nextInt(7) - 3 + r.nextFloat() * (trial % 2); // ties on even trials
        }
        float[] sorted = v.clone();
        Arrays.sort(sorted);
        assertEquals(sorted[n / 2], net.median(v), "n=" + n);
      }
    }
  }

  @Test
  void pruningRemovesWork() {
    List<int[]> full = MedianNetwork.sortingNetwork(9);
    MedianNetwork net = MedianNetwork.forSize(9);
    assertTrue(
        net.comparators().size() < full.size(), net.comparators().size() + " of " + full.size());
    // Batcher's network for 16 wires has 63 comparators; for 9 live wires fewer remain.
    assertEquals(63, MedianNetwork.sortingNetwork(16).size());
  }
}
