package org.edgefilter.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the tables of a generated Markdown report back, for checking its figures. */
final class MarkdownTables {

  private MarkdownTables() {}

  /** Rows (header to cell, unescaped) of the first table after the heading {@code heading}. */
  static List<Map<String, String>> after(String markdown, String heading) {
    List<String> lines = markdown.lines().toList();
    int i = 0;
    while (i < lines.size() && !unescape(lines.get(i)).equals(heading)) {
      i++;
    }
    if (i == lines.size()) {
      throw new AssertionError("no heading '" + heading + "' in the report");
    }
    while (i < lines.size() && !lines.get(i).startsWith("|")) {
      i++;
    }
    List<String> header = cells(lines.get(i));
    List<Map<String, String>> rows = new ArrayList<>();
    for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      List<String> c = cells(lines.get(i));
      Map<String, String> row = new LinkedHashMap<>();
      for (int k = 0; k < header.size(); k++) {
        row.put(header.get(k), c.get(k));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    String inner = line.substring(1, line.length() - 1);
    for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
      out.add(unescape(cell.strip()));
    }
    return out;
  }

  static String unescape(String s) {
    return s.replace("\\|", "|").replace("\\_", "_").replace("\\*", "*").replace("\\\\", "\\");
  }
}
