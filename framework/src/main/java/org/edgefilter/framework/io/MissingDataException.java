package org.edgefilter.framework.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A dataset file or folder is not where the data root says it should be. The message names every
 * path looked at, what was expected there, and how to get it.
 */
public final class MissingDataException extends RuntimeException {

  /** What was missing, for {@link #what()}. */
  private final String what;

  /** Every path looked at, in order. */
  private final List<Path> lookedAt;

  MissingDataException(String message, String what, List<Path> lookedAt) {
    super(message);
    this.what = what;
    this.lookedAt = List.copyOf(lookedAt);
  }

  /** The description of what was expected, as the caller gave it. */
  public String what() {
    return what;
  }

  /** Every path that was checked, in order. */
  public List<Path> lookedAt() {
    return lookedAt;
  }
}
