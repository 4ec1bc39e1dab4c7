package org.edgefilter.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenFilterLayerExampleTest {

  @Test
  void realTokensDoNotSeeThePaddingThroughTheTokenFilter() {
    TokenFilterLayerExample.Result r = TokenFilterLayerExample.run(0);
    assertArrayEquals(new long[] {2, 6, 16}, r.outputShape());
    // float32 round-off only: different padded lengths change the reduction sizes.
    assertTrue(r.paddingDifference() < 1e-4, "padding leaked: " + r.paddingDifference());
    // The check is not vacuous: the filter changes real outputs, and the plain filter on the
    // padded axis lets the padding through.
    assertTrue(r.filterEffect() > 1e-2, "the filter changed nothing: " + r.filterEffect());
    assertTrue(
        r.plainFilterPaddingDifference() > 1e-2,
        "the plain filter should see the padding: " + r.plainFilterPaddingDifference());
  }
}
