package org.edgefilter.language.data;

import java.nio.file.Path;
import java.util.List;

/**
 * The GLUE tasks of the language study (Wang et al., ICLR 2019), with their file layout, label
 * names and metrics.
 *
 * <p>Files live under {@code <dataRoot>/glue/<directoryName>/} as the GLUE release lays them out:
 * {@code train.tsv} and {@code dev.tsv}, tab-separated with a header row. Columns are found by
 * header name, so their order does not matter:
 *
 * <ul>
 *   <li>SST-2: {@code sentence label}, labels {@code 0} (negative) and {@code 1} (positive);
 *   <li>QQP: {@code id qid1 qid2 question1 question2 is_duplicate}, labels {@code 0} and {@code 1};
 *   <li>QNLI: {@code index question sentence label}, labels {@code entailment} (index 0) and {@code
 *       not_entailment} (index 1), the order of the GLUE/HuggingFace label lists.
 * </ul>
 */
public enum GlueTask {
  SST2(
      "SST-2",
      "sentence",
      null,
      "label",
      List.of("0", "1"),
      List.of("negative", "positive"),
      List.of(GlueMetric.ACCURACY)),
  QQP(
      "QQP",
      "question1",
      "question2",
      "is_duplicate",
      List.of("0", "1"),
      List.of("not_duplicate", "duplicate"),
      List.of(GlueMetric.ACCURACY, GlueMetric.F1)),
  QNLI(
      "QNLI",
      "question",
      "sentence",
      "label",
      List.of("entailment", "not_entailment"),
      List.of("entailment", "not_entailment"),
      List.of(GlueMetric.ACCURACY));

  /** File name of the training split inside {@link #directory}. */
  public static final String TRAIN_FILE = "train.tsv";

  /** File name of the development split inside {@link #directory}. */
  public static final String DEV_FILE = "dev.tsv";

  private final String directoryName;
  private final String textAColumn;
  private final String textBColumn;
  private final String labelColumn;
  private final List<String> labelValues;
  private final List<String> labelNames;
  private final List<GlueMetric> metrics;

  GlueTask(
      String directoryName,
      String textAColumn,
      String textBColumn,
      String labelColumn,
      List<String> labelValues,
      List<String> labelNames,
      List<GlueMetric> metrics) {
    this.directoryName = directoryName;
    this.textAColumn = textAColumn;
    this.textBColumn = textBColumn;
    this.labelColumn = labelColumn;
    this.labelValues = labelValues;
    this.labelNames = labelNames;
    this.metrics = metrics;
  }

  /** The folder name in the GLUE release, e.g. {@code SST-2}. */
  public String directoryName() {
    return directoryName;
  }

  /** {@code <dataRoot>/glue/<directoryName>}. */
  public Path directory(Path dataRoot) {
    return dataRoot.resolve("glue").resolve(directoryName);
  }

  /** {@code <dataRoot>/glue/<directoryName>/<fileName>}, e.g. another labelled split. */
  public Path file(Path dataRoot, String fileName) {
    return directory(dataRoot).resolve(fileName);
  }

  /** The training split, {@code <dataRoot>/glue/<directoryName>/train.tsv}. */
  public Path trainFile(Path dataRoot) {
    return file(dataRoot, TRAIN_FILE);
  }

  /** The development split, {@code <dataRoot>/glue/<directoryName>/dev.tsv}. */
  public Path devFile(Path dataRoot) {
    return file(dataRoot, DEV_FILE);
  }

  /** Whether examples are sentence pairs. */
  public boolean isPair() {
    return textBColumn != null;
  }

  /** Header name of the first text column. */
  public String textAColumn() {
    return textAColumn;
  }

  /** Header name of the second text column, or {@code null} for a single-sentence task. */
  public String textBColumn() {
    return textBColumn;
  }

  /** Header name of the label column. */
  public String labelColumn() {
    return labelColumn;
  }

  /** The label strings as they appear in the file; index = class id. */
  public List<String> labelValues() {
    return labelValues;
  }

  /** Human-readable class names; index = class id. */
  public List<String> labelNames() {
    return labelNames;
  }

  /** Number of classes (2 for every task here). */
  public int numLabels() {
    return labelValues.size();
  }

  /** The metrics GLUE reports for this task; the first is the headline metric. */
  public List<GlueMetric> metrics() {
    return metrics;
  }

  /** The class id of a label string from the file, or -1 when it is not a label value. */
  public int labelId(String value) {
    return labelValues.indexOf(value);
  }

  /** The header columns this task needs, in the order of the GLUE release. */
  public List<String> requiredColumns() {
    return isPair()
        ? List.of(textAColumn, textBColumn, labelColumn)
        : List.of(textAColumn, labelColumn);
  }

  @Override
  public String toString() {
    return directoryName;
  }
}
