package org.edgefilter.nerf.data;

import java.nio.file.Path;
import java.util.Optional;
import org.edgefilter.framework.io.DataLocator;

/** Where real-data tests find the shared data: only {@code $EDGEFILTER_DATA}, never a default. */
public final class TestData {

  private TestData() {}

  /** The data root named by {@code $EDGEFILTER_DATA}, if set and not blank. */
  public static Optional<Path> root() {
    String value = System.getenv(DataLocator.ENV);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }
}
