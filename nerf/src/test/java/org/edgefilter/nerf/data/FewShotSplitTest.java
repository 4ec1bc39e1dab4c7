package org.edgefilter.nerf.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FewShotSplitTest {

  /**
   * Re-derives DietNeRF's 8 views from its rule instead of trusting the constant: {@code
   * np.random.seed(0); np.random.choice(range(100), 8, replace=False)}, which NumPy's legacy
   * RandomState computes as {@code permutation(100)[:8]}: a Fisher-Yates shuffle from the end with
   * bounded integers drawn from MT19937 (Matsumoto and Nishimura 1998) by masked rejection.
   */
  @Test
  void dietNerfIdsFollowFromSeedZeroChoice() {
    Mt19937 mt = new Mt19937(0);
    int[] perm = new int[100];
    for (int k = 0; k < 100; k++) {
      perm[k] = k;
    }
    for (int i = 99; i > 0; i--) {
      int j = mt.interval(i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    List<Integer> first8 = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      first8.add(perm[k]);
    }
    assertEquals(first8, FewShotSplit.DIETNERF_8.trainIds());
    assertEquals(List.of(), FewShotSplit.DIETNERF_8.testIds());
  }

  /** The 32-bit Mersenne Twister with the reference init_genrand seeding. */
  private static final class Mt19937 {
    private final int[] mt = new int[624];
    private int index = 624;

    Mt19937(long seed) {
      mt[0] = (int) seed;
      for (int i = 1; i < 624; i++) {
        mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
      }
    }

    long next() {
      if (index >= 624) {
        for (int i = 0; i < 624; i++) {
          int y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff);
          mt[i] = mt[(i + 397) % 624] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        index = 0;
      }
      int y = mt[index++];
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      return y & 0xffffffffL;
    }

    /** Uniform integer in [0, max] by masked rejection (NumPy's legacy random_interval). */
    int interval(int max) {
      long mask = max;
      mask |= mask >>> 1;
      mask |= mask >>> 2;
      mask |= mask >>> 4;
      mask |= mask >>> 8;
      mask |= mask >>> 16;
      long value;
      do {
        value = next() & mask;
      } while (value > max);
      return (int) value;
    }
  }
}
