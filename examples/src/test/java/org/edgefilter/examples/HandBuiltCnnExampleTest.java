package org.edgefilter.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HandBuiltCnnExampleTest {

  @Test
  void lossFallsWithTheFilterInTheGraph() {
    HandBuiltCnnExample.Result r = HandBuiltCnnExample.run(60, 32, 0);
    double first = r.firstLosses(5);
    double last = r.lastLosses(5);
    // Two balanced classes: an untrained network starts near ln 2 = 0.693.
    assertTrue(first > 0.5, "initial loss " + first);
    assertTrue(last < 0.5 * first, "loss did not halve: " + first + " -> " + last);
    for (float loss : r.losses()) {
      assertTrue(Float.isFinite(loss), "non-finite loss");
    }
    assertEquals(5, r.trainableVariables());
    assertArrayEquals(new long[] {-1, 16, 16, 8}, r.filteredShape());
  }
}
