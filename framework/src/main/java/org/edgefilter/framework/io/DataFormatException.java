package org.edgefilter.framework.io;

import java.nio.file.Path;

/**
 * A data file does not have the form its reader expects. The message names the file, the record
 * (line, and column where it applies) and what was expected; the command line prints it as one
 * {@code error:} line and exits with {@code ExitCodes.BAD_DATA}.
 */
public class DataFormatException extends RuntimeException {

  private final transient Path file;

  /**
   * @param file the file being read
   * @param message the whole message, starting with the file and record
   */
  public DataFormatException(Path file, String message) {
    super(message);
    this.file = file;
  }

  /** The file being read. */
  public Path file() {
    return file;
  }
}
