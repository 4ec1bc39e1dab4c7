package org.edgefilter.bench.report;

import java.util.List;
import java.util.Map;

/** Renders a {@link Document} as GitHub-flavoured Markdown; figures link to PNG files. */
final class MarkdownRenderer {

  private MarkdownRenderer() {}

  /**
   * @param figureFiles figure id to its path relative to the Markdown file
   */
  static String render(Document doc, Map<String, String> figureFiles) {
    StringBuilder s = new StringBuilder();
    for (Document.Block b : doc.blocks()) {
      if (b instanceof Document.Heading h) {
        s.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append("\n\n");
      } else if (b instanceof Document.Paragraph p) {
        s.append(inline(p.text())).append("\n\n");
      } else if (b instanceof Document.Bullets l) {
        for (String item : l.items()) {
          s.append("- ").append(inline(item)).append('\n');
        }
        s.append('\n');
      } else if (b instanceof Document.Table t) {
        row(s, t.header());
        s.append('|');
        for (int i = 0; i < t.header().size(); i++) {
          s.append(i == 0 ? " --- |" : " ---: |");
        }
        s.append('\n');
        t.rows().forEach(r -> row(s, r));
        s.append('\n');
      } else if (b instanceof Document.FigureBlock f) {
        s.append("![")
            .append(inline(f.figure().title()))
            .append("](")
            .append(figureFiles.get(f.figure().id()))
            .append(")\n\n*")
            .append(inline(f.figure().caption()))
            .append("*\n\n");
      }
    }
    return s.toString();
  }

  private static void row(StringBuilder s, List<String> cells) {
    s.append('|');
    for (String c : cells) {
      s.append(' ').append(inline(c).replace("|", "\\|")).append(" |");
    }
    s.append('\n');
  }

  /**
   * Escapes what Markdown would read as emphasis or markup in metric names: backslash, '*', '_',
   * and '<' where it could open an HTML tag.
   */
  static String inline(String text) {
    return text.replace("\\", "\\\\")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replaceAll("<(?=[A-Za-z/!?])", "&lt;")
        .replace("\n", " ");
  }
}
