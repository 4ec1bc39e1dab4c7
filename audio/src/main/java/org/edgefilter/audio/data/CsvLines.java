package org.edgefilter.audio.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.io.DataFormatException;

/**
 * Reads a comma-separated file into rows of fields with their 1-based line numbers. Fields may be
 * double-quoted with "" for a quote inside (RFC 4180); a record may not span lines. A UTF-8 byte
 * order mark and CR line ends are accepted; blank lines are skipped.
 */
final class CsvLines {

  /** One record: its line number in the file and its fields. */
  record Row(int line, List<String> fields) {}

  private CsvLines() {}

  static List<Row> read(Path file) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      int line = 0;
      while ((text = in.readLine()) != null) {
        line++;
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isBlank()) {
          continue;
        }
        rows.add(new Row(line, split(file, line, text)));
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("metadata file not found: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
    return rows;
  }

  private static List<String> split(Path file, int line, String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == ',') {
        fields.add(wasQuoted ? field.toString() : field.toString().trim());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new DataFormatException(file, file + " line " + line + ": unterminated quoted field");
    }
    fields.add(wasQuoted ? field.toString() : field.toString().trim());
    return fields;
  }
}
