package org.edgefilter.language.data;

/**
 * The metrics GLUE reports for the tasks here (Wang et al., ICLR 2019, Table 1): accuracy for SST-2
 * and QNLI, accuracy and F1 for QQP. F1 is that of the positive class (label 1, "duplicate"), as in
 * the GLUE evaluation (scikit-learn's {@code f1_score} with its default {@code pos_label=1}).
 */
public enum GlueMetric {
  /** Fraction of examples whose predicted label equals the gold label. */
  ACCURACY("accuracy"),
  /** Harmonic mean of precision and recall of label 1; 0 when there is no true positive. */
  F1("f1");

  private final String metricName;

  GlueMetric(String metricName) {
    this.metricName = metricName;
  }

  /** The name used in result files, e.g. {@code accuracy}, {@code f1}. */
  public String metricName() {
    return metricName;
  }

  /**
   * Computes the metric.
   *
   * @param predicted predicted labels, shape [n]
   * @param gold gold labels, shape [n]
   * @return a value in [0, 1]
   */
  public double compute(int[] predicted, int[] gold) {
    if (predicted.length != gold.length) {
      throw new IllegalArgumentException(
          "predicted has " + predicted.length + " labels but gold has " + gold.length);
    }
    if (gold.length == 0) {
      throw new IllegalArgumentException("cannot compute " + metricName + " of zero examples");
    }
    return switch (this) {
      case ACCURACY -> accuracy(predicted, gold);
      case F1 -> f1(predicted, gold);
    };
  }

  private static double accuracy(int[] predicted, int[] gold) {
    int correct = 0;
    for (int i = 0; i < gold.length; i++) {
      if (predicted[i] == gold[i]) {
        correct++;
      }
    }
    return correct / (double) gold.length;
  }

  private static double f1(int[] predicted, int[] gold) {
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    for (int i = 0; i < gold.length; i++) {
      boolean predictedPositive = predicted[i] == 1;
      boolean goldPositive = gold[i] == 1;
      if (predictedPositive && goldPositive) {
        truePositive++;
      } else if (predictedPositive) {
        falsePositive++;
      } else if (goldPositive) {
        falseNegative++;
      }
    }
    // F1 = 2TP / (2TP + FP + FN), the same as 2PR/(P+R) and defined as 0 when TP = 0.
    return truePositive == 0
        ? 0.0
        : 2.0 * truePositive / (2.0 * truePositive + falsePositive + falseNegative);
  }
}
