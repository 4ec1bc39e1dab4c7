package org.edgefilter.bench.report;

import java.util.Objects;
import org.edgefilter.bench.collect.TaskKey;

/**
 * One rendered plot.
 *
 * @param id file stem, unique within a report (letters, digits, '.', '_', '-')
 * @param task the task it belongs to, or null for report-wide figures
 * @param title short title
 * @param caption what is drawn, including what error bars mean
 * @param png the encoded PNG image (not copied; do not modify)
 */
public record Figure(String id, TaskKey task, String title, String caption, byte[] png) {

  public Figure {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("figure id '" + id + "' must be a plain file stem");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(png, "png");
  }

  /** A file-name-safe form of free text (metric names contain '/' and '*'). */
  public static String slug(String text) {
    String s = text.replaceAll("\\*", "all").replaceAll("[^A-Za-z0-9._-]+", "_");
    return s.replaceAll("^_+|_+$", "");
  }
}
