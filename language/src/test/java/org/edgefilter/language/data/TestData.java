package org.edgefilter.language.data;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real data root for tests: {@code $EDGEFILTER_DATA}, or the test is skipped saying why. */
public final class TestData {

  private TestData() {}

  /** {@code $EDGEFILTER_DATA}; skips the calling test with a visible reason when it is unset. */
  public static Path root() {
    String root = System.getenv("EDGEFILTER_DATA");
    Assumptions.assumeTrue(
        root != null && !root.isBlank(),
        "EDGEFILTER_DATA is unset: skipping the test on the real GLUE files (set it to the shared"
            + " data folder)");
    return Path.of(root);
  }
}
