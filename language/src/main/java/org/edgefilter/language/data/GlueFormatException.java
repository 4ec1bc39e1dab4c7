package org.edgefilter.language.data;

import java.nio.file.Path;
import org.edgefilter.framework.io.DataFormatException;

/**
 * A GLUE file that does not have the expected form. The message is {@code file:line:column:
 * problem} (the compiler convention; {@code file:line: problem} where no column applies), naming
 * what was expected.
 */
public final class GlueFormatException extends DataFormatException {

  private final long line;
  private final int column;
  private final String problem;

  /**
   * @param file the file being read
   * @param line the 1-based line number (the header is line 1)
   * @param problem what was wrong and what was expected
   */
  public GlueFormatException(Path file, long line, String problem) {
    this(file, line, 0, problem);
  }

  /**
   * @param file the file being read
   * @param line the 1-based line number (the header is line 1)
   * @param column the 1-based tab-separated column (or byte, for bad UTF-8), 0 if none applies
   * @param problem what was wrong and what was expected
   */
  public GlueFormatException(Path file, long line, int column, String problem) {
    super(file, file + ":" + line + (column > 0 ? ":" + column : "") + ": " + problem);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The same error with {@code hint} (what the user can do) after the problem. */
  public GlueFormatException withHint(String hint) {
    return new GlueFormatException(file(), line, column, problem + " " + hint);
  }

  /** The 1-based line number of the offending row (the header is line 1). */
  public long line() {
    return line;
  }

  /** The 1-based column of the problem, 0 if it concerns the whole line. */
  public int column() {
    return column;
  }
}
