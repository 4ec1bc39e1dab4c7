package org.edgefilter.framework.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the data root: {@code --data DIR} if given, else the environment variable {@value #ENV},
 * else {@code ~/.cache/edgefilter} (DESIGN.md, "Data location"). Readers ask it for a dataset's
 * files with {@link #require}, which fails with a message naming the exact paths it looked at, what
 * it expected, and the {@code download} command that fetches it.
 */
public final class DataLocator {

  /** The environment variable naming the data root. */
  public static final String ENV = "EDGEFILTER_DATA";

  /** Where the data root came from. */
  public enum Source {
    /** {@code --data DIR} on the command line. */
    OPTION("from --data"),
    /** The environment variable {@value DataLocator#ENV}. */
    ENVIRONMENT("from " + ENV),
    /** Neither was given: {@code ~/.cache/edgefilter}. */
    DEFAULT("the default; no --data given and " + ENV + " is unset");

    private final String description;

    Source(String description) {
      this.description = description;
    }

    /** How this source reads in a message, e.g. {@code from --data}. */
    public String description() {
      return description;
    }
  }

  private final Path root;
  private final Source source;

  private DataLocator(Path root, Source source) {
    this.root = root.toAbsolutePath().normalize();
    this.source = source;
  }

  /** The data root for this process: {@code explicit} (may be null), the environment, or home. */
  public static DataLocator locate(Path explicit) {
    return locate(explicit, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /**
   * The data root from {@code explicit} (may be null), else {@code env.get(ENV)} if not blank, else
   * {@code home/.cache/edgefilter}.
   */
  public static DataLocator locate(Path explicit, Map<String, String> env, Path home) {
    if (explicit != null) {
      return new DataLocator(explicit, Source.OPTION);
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new DataLocator(Path.of(fromEnv), Source.ENVIRONMENT);
    }
    return new DataLocator(home.resolve(".cache").resolve("edgefilter"), Source.DEFAULT);
  }

  /**
   * A locator for a root that was already resolved elsewhere (a reader handed a bare path): its
   * source is inferred, ENVIRONMENT if it is where {@value #ENV} points, DEFAULT if it is {@code
   * home/.cache/edgefilter}, else OPTION, so that messages say where the root really came from.
   */
  public static DataLocator forRoot(Path root, Map<String, String> env, Path home) {
    Path normalized = root.toAbsolutePath().normalize();
    DataLocator implicit = locate(null, env, home);
    return new DataLocator(
        root, implicit.root.equals(normalized) ? implicit.source : Source.OPTION);
  }

  /** {@link #forRoot(Path, Map, Path)} with the process environment and home. */
  public static DataLocator forRoot(Path root) {
    return forRoot(root, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The absolute data root. */
  public Path root() {
    return root;
  }

  /** Where {@link #root()} came from. */
  public Source source() {
    return source;
  }

  /** {@code relativePath} under the root, whether or not it exists. */
  public Path resolve(String relativePath) {
    Objects.requireNonNull(relativePath, "relativePath");
    Path relative = Path.of(relativePath);
    if (relative.isAbsolute()) {
      throw new IllegalArgumentException(
          "dataset path must be relative to the data root, got " + relativePath);
    }
    Path resolved = root.resolve(relative).normalize();
    if (!resolved.startsWith(root)) {
      throw new IllegalArgumentException(
          "dataset path must stay inside the data root " + root + ", got " + relativePath);
    }
    return resolved;
  }

  /**
   * The file or folder {@code relativePath} under the root.
   *
   * @param whatItIs what should be there, for the error, e.g. {@code "CIFAR-10 test batch in the
   *     binary format (10000 records of 3073 bytes)"}
   * @param remedy how to get it, naming a command that exists, e.g. {@link
   *     DatasetRelease#remedy()}: {@code "Fetch it with `./edgefilter vision download cifar10`"}
   * @throws MissingDataException if it does not exist, naming the path, the root and its source
   */
  public Path require(String relativePath, String whatItIs, String remedy) {
    return requireAny(whatItIs, remedy, List.of(relativePath));
  }

  /**
   * {@link #require(String, String, String)} for a dataset that no {@code download} command
   * fetches: the error only says where to point the data root.
   */
  public Path require(String relativePath, String whatItIs) {
    return requireAny(whatItIs, null, List.of(relativePath));
  }

  /**
   * The first of {@code relativePaths} (alternative layouts of one dataset) that exists.
   *
   * @param remedy how to get it (see {@link #require(String, String, String)}), or null
   * @throws MissingDataException if none does, naming every path looked at
   */
  public Path requireAny(String whatItIs, String remedy, List<String> relativePaths) {
    if (relativePaths.isEmpty()) {
      throw new IllegalArgumentException("no path to look at for " + whatItIs);
    }
    List<Path> lookedAt = new ArrayList<>();
    for (String relativePath : relativePaths) {
      Path candidate = resolve(relativePath);
      if (Files.exists(candidate)) {
        return candidate;
      }
      lookedAt.add(candidate);
    }
    throw missing(whatItIs, remedy, lookedAt);
  }

  /**
   * The exception {@link #requireAny} throws, for readers that check alternatives themselves: names
   * every path looked at, the root and its source, and {@code remedy}.
   */
  public MissingDataException missing(String whatItIs, String remedy, List<Path> lookedAt) {
    StringBuilder message = new StringBuilder("Missing data: ").append(whatItIs).append('\n');
    for (Path path : lookedAt) {
      message.append("  looked at: ").append(path).append(" (does not exist)\n");
    }
    message
        .append("  data root: ")
        .append(root)
        .append(" (")
        .append(source.description())
        .append(Files.isDirectory(root) ? ")" : "; this folder does not exist)")
        .append('\n');
    if (remedy != null) {
      message
          .append(remedy)
          .append(", or point --data DIR or ")
          .append(ENV)
          .append(" at a folder that has it.");
    } else {
      message.append("Point --data DIR or ").append(ENV).append(" at a folder that has it.");
    }
    return new MissingDataException(message.toString(), whatItIs, lookedAt);
  }

  @Override
  public String toString() {
    return root + " (" + source.description() + ")";
  }
}
