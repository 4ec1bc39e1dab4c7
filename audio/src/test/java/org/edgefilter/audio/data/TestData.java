package org.edgefilter.audio.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/** The real-data root for tests: {@code EDGEFILTER_DATA}, or the test is skipped with a reason. */
public final class TestData {

  private TestData() {}

  /**
   * The data root; when {@code EDGEFILTER_DATA} is unset, prints why on stderr (Surefire's console
   * summary only counts skips) and aborts the calling test.
   */
  public static Path root(String what) {
    String env = System.getenv("EDGEFILTER_DATA");
    if (env == null || env.isBlank()) {
      String reason =
          "EDGEFILTER_DATA is not set: skipping "
              + what
              + " (set it to the shared data directory, e.g. ../shared/data)";
      System.err.println("[SKIPPED] " + reason);
      assumeTrue(false, reason);
    }
    return Path.of(env);
  }
}
