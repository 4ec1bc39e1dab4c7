package org.edgefilter.language.data;

import java.nio.file.Path;

/** A GLUE file that does not have the expected form; the message names file, line and expectation. */
public final class GlueFormatException extends RuntimeException {

  private final transient Path file;
  private final long line;

  /**
   * @param file the file being read
   * @param line the 1-based line number (the header is line 1)
   * @param problem what was wrong and what was expected
   */
  public GlueFormatException(Path file, long line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file being read. */
  public Path file() {
    return file;
  }

  /** The 1-based line number of the offending row (the header is line 1). */
  public long line() {
    return line;
  }
}
