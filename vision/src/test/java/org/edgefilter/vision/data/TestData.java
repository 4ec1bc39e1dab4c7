package org.edgefilter.vision.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the real data for tests; skips (with the reason) when EDGEFILTER_DATA is unset. */
public final class TestData {

  private TestData() {}

  /** The data directory from EDGEFILTER_DATA; aborts the calling test when it is not set. */
  public static Path dir() {
    String env = System.getenv(DataLocation.ENV);
    assumeTrue(
        env != null && !env.isBlank(),
        "EDGEFILTER_DATA is not set: skipping a test that needs the real shared data");
    Path dir = Path.of(env);
    assumeTrue(Files.isDirectory(dir), "EDGEFILTER_DATA=" + env + " is not a directory");
    return dir;
  }
}
