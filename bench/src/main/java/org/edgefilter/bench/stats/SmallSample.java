package org.edgefilter.bench.stats;

import java.util.ArrayList;
import java.util.List;

/** The caveats every test attaches when its sample is small. */
final class SmallSample {

  /**
   * Below this many observations (pairs, or runs per arm) a test is flagged as having little power.
   */
  static final int LOW_POWER_N = 5;

  private SmallSample() {}

  static List<String> notes(int n) {
    List<String> notes = new ArrayList<>();
    if (n < LOW_POWER_N) {
      notes.add(
          "n = "
              + n
              + " < "
              + LOW_POWER_N
              + ": the test has little power; a real difference can easily go undetected");
    }
    return notes;
  }
}
