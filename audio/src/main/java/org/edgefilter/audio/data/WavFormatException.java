package org.edgefilter.audio.data;

import java.nio.file.Path;

/**
 * A WAV file that cannot be decoded: malformed, truncated, compressed or of an unsupported sample
 * format. The message always starts with the file's path.
 */
public final class WavFormatException extends RuntimeException {

  private final transient Path file;

  /** {@code problem} says what was found and what was expected. */
  public WavFormatException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  /** As {@link #WavFormatException(Path, String)}, keeping the underlying cause. */
  public WavFormatException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The file that could not be decoded. */
  public Path file() {
    return file;
  }
}
