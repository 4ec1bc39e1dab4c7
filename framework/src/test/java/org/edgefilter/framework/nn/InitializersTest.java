package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InitializersTest {

  private static double std(float[] v) {
    double m = 0;
    for (float x : v) {
      m += x;
    }
    m /= v.length;
    double s = 0;
    for (float x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / v.length);
  }

  @Test
  void fansFollowKerasConvention() {
    long[] conv = {3, 3, 16, 32};
    assertEquals(9 * 16, Initializers.fan(conv, Initializers.FanMode.FAN_IN));
    assertEquals(9 * 32, Initializers.fan(conv, Initializers.FanMode.FAN_OUT));
    assertEquals((9 * 16 + 9 * 32) / 2.0, Initializers.fan(conv, Initializers.FanMode.FAN_AVG));
    assertEquals(20, Initializers.fan(new long[] {20, 10}, Initializers.FanMode.FAN_IN));
  }

  @Test
  void heNormalHasStandardDeviationSqrtTwoOverFan() {
    long[] shape = {3, 3, 64, 64};
    float[] v =
        Initializers.heNormal(Initializers.FanMode.FAN_IN).sample(shape, new SplittableRandom(1));
    assertEquals(Math.sqrt(2.0 / (9 * 64)), std(v), 0.002);
  }

  @Test
  void glorotUniformStaysInItsLimit() {
    long[] shape = {100, 50};
    double limit = Math.sqrt(6.0 / 150);
    float[] v = Initializers.glorotUniform().sample(shape, new SplittableRandom(2));
    double max = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
    }
    assertTrue(max <= limit && max > 0.95 * limit, "max " + max + " limit " + limit);
    // Uniform(-a, a) has standard deviation a / sqrt(3).
    assertEquals(limit / Math.sqrt(3), std(v), 0.003);
  }

  @Test
  void truncatedNormalIsCutAtTwoDeviations() {
    float[] v =
        Initializers.truncatedNormal(0.02).sample(new long[] {10000}, new SplittableRandom(3));
    for (float x : v) {
      assertTrue(Math.abs(x) <= 0.04f + 1e-7f);
    }
    // A standard normal truncated to [-2, 2] has standard deviation 0.8796 (hence Keras'
    // 0.87962566).
    assertEquals(0.02 * 0.8796, std(v), 0.0005);
  }
}
