package org.edgefilter.bench.sweep;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** The telling last line of a run's log, for one-line failure summaries. */
public final class LogTail {

  private static final int TAIL_BYTES = 4096;
  private static final int MAX_CHARS = 200;

  private LogTail() {}

  /**
   * The last non-empty line of {@code log} that is neither a sweep header ({@code === ...}) nor a
   * Java stack frame ({@code at ...}, {@code ... 3 more}), so an exception's own message shows;
   * empty when the log is missing or has no such line.
   */
  public static Optional<String> lastLine(Path log) {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long length = file.length();
      long from = Math.max(0, length - TAIL_BYTES);
      byte[] bytes = new byte[(int) (length - from)];
      file.seek(from);
      file.readFully(bytes);
      String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
      for (int i = lines.length - 1; i >= 0; i--) {
        String line = lines[i].strip();
        boolean frame = line.startsWith("at ") || line.matches("\\.\\.\\. \\d+ more");
        if (!line.isEmpty() && !line.startsWith("=== ") && !frame) {
          return Optional.of(
              line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) + "..." : line);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@code "; last log line: ..."} or empty. */
  static String suffix(Path log) {
    return lastLine(log).map(l -> "; last log line: " + l).orElse("");
  }
}
