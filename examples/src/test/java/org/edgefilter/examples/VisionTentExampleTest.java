package org.edgefilter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VisionTentExampleTest {

  @Test
  void tentLowersTheEntropyOfACorruptedBatchAndTouchesOnlyNormalization() {
    VisionTentExample.Result r = VisionTentExample.run(20, 5, 0);
    double[] h = r.entropies();
    assertEquals(5, h.length);
    // Four classes: the entropy of a prediction lies in [0, ln 4].
    for (double e : h) {
      assertTrue(e >= 0 && e <= Math.log(4) + 1e-6, "entropy out of range: " + e);
    }
    assertTrue(h[h.length - 1] < h[0], "entropy did not fall: " + h[0] + " -> " + h[h.length - 1]);
    assertTrue(r.normAffineChange() > 0, "TENT changed no BatchNorm parameter");
    assertEquals(0.0, r.convWeightChange(), "TENT must not change convolution or dense weights");
    assertTrue(r.adaptedParameters() > 0);
    double[] losses = r.trainLosses();
    assertTrue(losses[losses.length - 1] < losses[0], "training loss did not fall");
  }
}
