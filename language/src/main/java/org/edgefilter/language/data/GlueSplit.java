package org.edgefilter.language.data;

import java.nio.file.Path;
import java.util.List;

/**
 * The examples read from one GLUE file.
 *
 * @param task the task the file belongs to
 * @param file the file that was read
 * @param examples the examples in file order
 * @param skipped one message per malformed row that was skipped ({@code file:line: problem}); empty
 *     unless the reader was built with {@code skipMalformed}
 */
public record GlueSplit(
    GlueTask task, Path file, List<TextExample> examples, List<String> skipped) {

  public GlueSplit {
    examples = List.copyOf(examples);
    skipped = List.copyOf(skipped);
  }

  /** Number of examples read. */
  public int size() {
    return examples.size();
  }

  /** Number of malformed rows that were skipped. */
  public int skippedCount() {
    return skipped.size();
  }

  /** The labels of all examples, shape [size()]. */
  public int[] labels() {
    return examples.stream().mapToInt(TextExample::label).toArray();
  }
}
