package org.edgefilter.language.data;

import java.util.Objects;

/**
 * One labelled example of a GLUE task: a single sentence ({@code textB == null}, SST-2) or a
 * sentence pair (QQP, QNLI).
 *
 * @param textA the first (or only) text, as it stands in the file
 * @param textB the second text of a pair, or {@code null} for single-sentence tasks
 * @param label the class index, {@code 0 <= label < task.numLabels()}; see {@link
 *     GlueTask#labelNames()} for what each index means
 */
public record TextExample(String textA, String textB, int label) {

  public TextExample {
    Objects.requireNonNull(textA, "textA");
    if (label < 0) {
      throw new IllegalArgumentException("label must be >= 0, got " + label);
    }
  }

  /** A single-sentence example. */
  public static TextExample single(String text, int label) {
    return new TextExample(text, null, label);
  }

  /** A sentence-pair example. */
  public static TextExample pair(String textA, String textB, int label) {
    return new TextExample(textA, Objects.requireNonNull(textB, "textB"), label);
  }

  /** Whether this example is a sentence pair. */
  public boolean isPair() {
    return textB != null;
  }
}
