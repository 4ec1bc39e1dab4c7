package org.edgefilter.audio.data;

import java.nio.file.Path;
import org.edgefilter.framework.io.DataFormatException;

/**
 * A WAV file that cannot be decoded: malformed, truncated, compressed or of an unsupported sample
 * format. The message always starts with the file's path. A {@link DataFormatException}, so the
 * command line prints it as one {@code error:} line and exits with {@code ExitCodes.BAD_DATA}.
 */
public final class WavFormatException extends DataFormatException {

  /** {@code problem} says what was found and what was expected. */
  public WavFormatException(Path file, String problem) {
    super(file, file + ": " + problem);
  }

  /** As {@link #WavFormatException(Path, String)}, keeping the underlying cause. */
  public WavFormatException(Path file, String problem, Throwable cause) {
    super(file, file + ": " + problem);
    initCause(cause);
  }
}
