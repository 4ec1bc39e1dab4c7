package org.edgefilter.vision.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where data sets live: the {@code --data DIR} option if given, else the {@code EDGEFILTER_DATA}
 * environment variable, else {@code ~/.cache/edgefilter} (DESIGN.md, "Data location").
 */
public final class DataLocation {

  /** The environment variable that names the data directory. */
  public static final String ENV = "EDGEFILTER_DATA";

  private DataLocation() {}

  /** The data directory for an optional {@code --data} value, using the process environment. */
  public static Path resolve(Optional<Path> option) {
    return resolve(option, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** As {@link #resolve(Optional)} with an explicit environment and home directory (for tests). */
  public static Path resolve(Optional<Path> option, Map<String, String> env, Path home) {
    if (option.isPresent()) {
      return option.get();
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return home.resolve(".cache").resolve("edgefilter");
  }

  /**
   * {@code dataDir/relative}, which must exist; otherwise an error that says what was expected,
   * where, and what it is.
   */
  public static Path require(Path dataDir, String relative, String what) {
    Path p = dataDir.resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException(
          "missing " + what + ": expected " + p + " (data directory " + dataDir
              + " from --data, else $" + ENV + ", else ~/.cache/edgefilter)");
    }
    return p;
  }
}
