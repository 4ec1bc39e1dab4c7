package org.edgefilter.vision.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.edgefilter.framework.io.DataLocator;

/**
 * The vision readers' view of {@link DataLocator}: the data directory from {@code --data DIR}, else
 * {@code EDGEFILTER_DATA}, else {@code ~/.cache/edgefilter}, and required files in it.
 */
public final class DataLocation {

  /** The environment variable that names the data directory. */
  public static final String ENV = DataLocator.ENV;

  private DataLocation() {}

  /** The data directory for an optional {@code --data} value, using the process environment. */
  public static Path resolve(Optional<Path> option) {
    return DataLocator.locate(option.orElse(null)).root();
  }

  /** As {@link #resolve(Optional)} with an explicit environment and home directory (for tests). */
  public static Path resolve(Optional<Path> option, Map<String, String> env, Path home) {
    return DataLocator.locate(option.orElse(null), env, home).root();
  }

  /**
   * {@code dataDir/relative}, which must exist; otherwise a {@link
   * org.edgefilter.framework.io.MissingDataException} that says what was expected and where.
   */
  public static Path require(Path dataDir, String relative, String what) {
    return DataLocator.forRoot(dataDir).require(relative, what);
  }
}
