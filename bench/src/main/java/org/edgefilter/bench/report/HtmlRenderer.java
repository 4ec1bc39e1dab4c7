package org.edgefilter.bench.report;

import java.util.Base64;
import java.util.List;

/**
 * Renders a {@link Document} as one self-contained HTML page: inline CSS, figures as base64 {@code
 * data:image/png} URIs, no scripts and no reference to anything outside the file.
 */
final class HtmlRenderer {

  private static final String CSS =
      String.join(
          "\n",
          "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1200px;",
          "margin:2em auto;padding:0 1em;color:#222;line-height:1.45}",
          "table{border-collapse:collapse;margin:0.6em 0 1.4em;font-size:0.9em}",
          "th,td{border:1px solid #ccc;padding:0.25em 0.55em;vertical-align:top}",
          "th{background:#f2f2f2}td:not(:first-child){text-align:right}",
          "tr:nth-child(even) td{background:#fafafa}",
          "figure{margin:1em 0 2em}figure img{max-width:100%;border:1px solid #eee}",
          "figcaption{font-size:0.88em;color:#555}",
          "h1{border-bottom:2px solid #333}h2{border-bottom:1px solid #aaa;margin-top:2em}",
          "li{margin:0.2em 0}");

  private HtmlRenderer() {}

  static String render(Document doc, String title) {
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("\n</style>\n</head>\n<body>\n");
    for (Document.Block b : doc.blocks()) {
      if (b instanceof Document.Heading h) {
        s.append("<h")
            .append(h.level())
            .append(" id=\"")
            .append(escape(h.anchor()))
            .append("\">")
            .append(escape(h.text()))
            .append("</h")
            .append(h.level())
            .append(">\n");
      } else if (b instanceof Document.Paragraph p) {
        s.append("<p>").append(escape(p.text())).append("</p>\n");
      } else if (b instanceof Document.Bullets l) {
        s.append("<ul>\n");
        l.items().forEach(i -> s.append("<li>").append(escape(i)).append("</li>\n"));
        s.append("</ul>\n");
      } else if (b instanceof Document.Table t) {
        s.append("<table>\n<thead>");
        row(s, t.header(), "th");
        s.append("</thead>\n<tbody>\n");
        t.rows().forEach(r -> row(s, r, "td"));
        s.append("</tbody>\n</table>\n");
      } else if (b instanceof Document.FigureBlock f) {
        s.append("<figure><img alt=\"")
            .append(escape(f.figure().title()))
            .append("\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(f.figure().png()))
            .append("\"><figcaption>")
            .append(escape(f.figure().caption()))
            .append("</figcaption></figure>\n");
      }
    }
    s.append("</body>\n</html>\n");
    return s.toString();
  }

  private static void row(StringBuilder s, List<String> cells, String tag) {
    s.append("<tr>");
    for (String c : cells) {
      s.append('<').append(tag).append('>').append(escape(c)).append("</").append(tag).append('>');
    }
    s.append("</tr>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
