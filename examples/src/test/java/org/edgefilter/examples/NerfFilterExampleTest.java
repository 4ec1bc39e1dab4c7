package org.edgefilter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NerfFilterExampleTest {

  @Test
  void theFilteredNerfFitsOneBatchOfRays() {
    NerfFilterExample.Result r = NerfFilterExample.run(30, 0);
    assertTrue(r.filter().startsWith("high-pass"), r.filter());
    float[] losses = r.losses();
    double first = (losses[0] + losses[1] + losses[2]) / 3;
    double last =
        (losses[losses.length - 1] + losses[losses.length - 2] + losses[losses.length - 3]) / 3;
    assertTrue(last < 0.5 * first, "loss did not halve: " + first + " -> " + last);
    assertEquals(16 * 16 * 3, r.rgb().length);
    assertEquals(16 * 16, r.opacity().length);
    for (float v : r.rgb()) {
      assertTrue(v >= 0 && v <= 1, "colour outside [0, 1]: " + v);
    }
    // The render reproduces the target: small error, a red centre and a white corner.
    float[] target = NerfFilterExample.redDisc();
    double squared = 0;
    for (int i = 0; i < target.length; i++) {
      squared += (r.rgb()[i] - target[i]) * (r.rgb()[i] - target[i]);
    }
    assertTrue(squared / target.length < 0.05, "render MSE " + squared / target.length);
    int centre = 3 * (8 * 16 + 8);
    assertTrue(r.rgb()[centre] - r.rgb()[centre + 1] > 0.3, "centre is not red");
    assertTrue(r.rgb()[1] > 0.8, "corner is not white");
    for (float a : r.opacity()) {
      assertTrue(a >= -1e-6 && a <= 1 + 1e-6, "opacity outside [0, 1]: " + a);
    }
  }
}
