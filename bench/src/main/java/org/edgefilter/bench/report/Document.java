package org.edgefilter.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of a report as a list of blocks, rendered once to Markdown and once to HTML so the
 * two never disagree. Text is plain; renderers escape it.
 */
final class Document {

  /** A piece of a report. */
  sealed interface Block permits Heading, Paragraph, Table, Bullets, FigureBlock {}

  /** A heading of {@code level} 1..4. */
  record Heading(int level, String text, String anchor) implements Block {}

  record Paragraph(String text) implements Block {}

  /** A table; every row has the header's length. */
  record Table(List<String> header, List<List<String>> rows) implements Block {
    Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
      for (List<String> r : rows) {
        if (r.size() != header.size()) {
          throw new IllegalArgumentException("table row " + r + " does not match " + header);
        }
      }
    }
  }

  record Bullets(List<String> items) implements Block {
    Bullets {
      items = List.copyOf(items);
    }
  }

  record FigureBlock(Figure figure) implements Block {}

  private final List<Block> blocks = new ArrayList<>();

  Document heading(int level, String text) {
    blocks.add(new Heading(level, text, Figure.slug(text).toLowerCase()));
    return this;
  }

  Document paragraph(String text) {
    blocks.add(new Paragraph(text));
    return this;
  }

  Document table(List<String> header, List<List<String>> rows) {
    blocks.add(new Table(header, rows));
    return this;
  }

  Document bullets(List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new Bullets(items));
    }
    return this;
  }

  Document figure(Figure f) {
    blocks.add(new FigureBlock(f));
    return this;
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }
}
