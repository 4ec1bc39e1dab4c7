package org.edgefilter.language.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads GLUE TSV files into {@link TextExample}s.
 *
 * <p>The format is GLUE's, which is not quoted CSV: a UTF-8 file of lines ending in {@code \n} (a
 * {@code \r} before it is dropped, so CRLF files read too), fields separated by single tabs, quotes
 * being ordinary characters. Line 1 is the header; columns are located by header name, so their
 * order does not matter and extra columns (ids, indices) are ignored. Every row must have as many
 * fields as the header and a label that is one of the task's {@link GlueTask#labelValues()}. Blank
 * lines at the end of the file are ignored.
 *
 * <p>A malformed row is an error ({@link GlueFormatException} naming file, line and column) unless
 * the reader {@linkplain #skippingMalformed() skips malformed rows}, in which case it is counted
 * and reported in {@link GlueSplit#skipped()}. The real QQP training file has a few such rows. A
 * bad header is always an error.
 */
public final class GlueReader {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Appended to a strict reader's row error: the way to go on anyway. */
  public static final String SKIP_HINT =
      "(fix the row, or pass --skip-bad-rows to skip malformed rows and count them)";

  private final boolean skipMalformed;

  private GlueReader(boolean skipMalformed) {
    this.skipMalformed = skipMalformed;
  }

  /** A reader that fails on the first malformed row (the default). */
  public static GlueReader strict() {
    return new GlueReader(false);
  }

  /** A reader that skips malformed rows and reports them in {@link GlueSplit#skipped()}. */
  public static GlueReader skippingMalformed() {
    return new GlueReader(true);
  }

  /** Whether malformed rows are skipped rather than fatal. */
  public boolean skipMalformed() {
    return skipMalformed;
  }

  /** Reads {@code <dataRoot>/glue/<task>/train.tsv}. */
  public GlueSplit readTrain(GlueTask task, Path dataRoot) {
    return read(task, task.trainFile(dataRoot));
  }

  /** Reads {@code <dataRoot>/glue/<task>/dev.tsv}. */
  public GlueSplit readDev(GlueTask task, Path dataRoot) {
    return read(task, task.devFile(dataRoot));
  }

  /**
   * Reads one GLUE file of {@code task}.
   *
   * @throws UncheckedIOException when the file is missing or unreadable (the message names the
   *     path)
   * @throws GlueFormatException on a bad header, or a malformed row when not skipping
   */
  public GlueSplit read(GlueTask task, Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(
          "GLUE "
              + task
              + " file not found: expected "
              + file.toAbsolutePath()
              + " (the GLUE release's "
              + task.directoryName()
              + " folder under <data>/glue/)",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read GLUE " + task + " file " + file, e);
    }
    List<String> lines = splitLines(file, bytes);
    if (lines.isEmpty()) {
      throw new GlueFormatException(
          file,
          1,
          "empty file; expected a header with columns "
              + String.join(", ", task.requiredColumns()));
    }
    Header header = Header.parse(task, file, lines.get(0));
    int last = lines.size();
    while (last > 1 && "".equals(lines.get(last - 1))) {
      last--;
    }
    List<TextExample> examples = new ArrayList<>(last - 1);
    List<String> skipped = new ArrayList<>();
    for (int i = 1; i < last; i++) {
      try {
        examples.add(header.example(lines.get(i), i + 1));
      } catch (GlueFormatException e) {
        if (!skipMalformed) {
          throw e.withHint(SKIP_HINT);
        }
        skipped.add(e.getMessage());
      }
    }
    if (examples.isEmpty() && !skipped.isEmpty()) {
      // Every row is malformed: nothing to train or score on, whatever the user opted into.
      throw new GlueFormatException(
          file,
          2,
          "none of the " + skipped.size() + " rows is valid" + " (first: " + skipped.get(0) + ")");
    }
    return new GlueSplit(task, file, examples, skipped);
  }

  /**
   * Splits on {@code \n} only (a field may hold a lone {@code \r}), decoding each line strictly.
   */
  private List<String> splitLines(Path file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> lines = new ArrayList<>();
    int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      ByteBuffer in = ByteBuffer.wrap(bytes, start, contentEnd - start);
      CharBuffer chars = CharBuffer.allocate(contentEnd - start);
      decoder.reset();
      CoderResult result = decoder.decode(in, chars, true);
      if (!result.isError()) {
        result = decoder.flush(chars);
      }
      if (!result.isError()) {
        lines.add(chars.flip().toString());
      } else {
        // The decoder stops at the first bad byte: its position in the line is the column.
        int column = in.position() - start + 1;
        GlueFormatException error =
            new GlueFormatException(
                file,
                lines.size() + 1,
                column,
                "not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xff)
                    + " at byte column "
                    + column
                    + ")");
        if (lines.isEmpty()) {
          throw error;
        }
        if (!skipMalformed) {
          throw error.withHint(SKIP_HINT);
        }
        // A null line keeps the numbering right; the row is rejected as malformed when parsed.
        lines.add(null);
      }
      start = end + 1;
    }
    return lines;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Column positions of one file, found from its header. */
  private record Header(
      GlueTask task, Path file, int columns, int textA, int textB, int label, String expected) {

    static Header parse(GlueTask task, Path file, String line) {
      String[] names = line.split("\t", -1);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        if (index.putIfAbsent(names[i], i) != null) {
          throw new GlueFormatException(
              file, 1, i + 1, "header names column '" + names[i] + "' twice");
        }
      }
      for (String required : task.requiredColumns()) {
        if (!index.containsKey(required)) {
          throw new GlueFormatException(
              file,
              1,
              "header has no column '"
                  + required
                  + "'; GLUE "
                  + task
                  + " needs columns "
                  + String.join(", ", task.requiredColumns())
                  + " (in any order), found "
                  + String.join(", ", names));
        }
      }
      int textB = task.isPair() ? index.get(task.textBColumn()) : -1;
      return new Header(
          task,
          file,
          names.length,
          index.get(task.textAColumn()),
          textB,
          index.get(task.labelColumn()),
          String.join(", ", names));
    }

    TextExample example(String line, long lineNumber) {
      if (line == null) {
        throw new GlueFormatException(file, lineNumber, "not valid UTF-8");
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != columns) {
        // The column where the row departs from the header: one past its last field if short,
        // the first extra field if long.
        int column = Math.min(fields.length, columns) + 1;
        throw new GlueFormatException(
            file,
            lineNumber,
            column,
            "expected "
                + columns
                + " tab-separated columns ("
                + expected
                + ") but the row has "
                + fields.length);
      }
      String value = fields[label];
      int labelId = task.labelId(value);
      if (labelId < 0) {
        throw new GlueFormatException(
            file,
            lineNumber,
            label + 1,
            "label '"
                + value
                + "' in column '"
                + task.labelColumn()
                + "' is not one of "
                + task.labelValues());
      }
      return new TextExample(fields[textA], textB < 0 ? null : fields[textB], labelId);
    }
  }
}
