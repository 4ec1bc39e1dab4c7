package org.edgefilter.nerf.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where datasets live: {@code --data DIR} if given, else {@code $EDGEFILTER_DATA}, else
 * {@code ~/.cache/edgefilter} (the project-wide rule in DESIGN.md).
 */
public final class DataRoot {

  /** The environment variable that names the data directory. */
  public static final String ENV = "EDGEFILTER_DATA";

  private DataRoot() {}

  /**
   * The data directory.
   *
   * @param explicit the {@code --data} option, or null when not given
   */
  public static Path resolve(Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    return fromEnvironment()
        .orElse(Path.of(System.getProperty("user.home"), ".cache", "edgefilter"));
  }

  /** {@code $EDGEFILTER_DATA} when it is set and not blank. */
  public static Optional<Path> fromEnvironment() {
    String value = System.getenv(ENV);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }
}
