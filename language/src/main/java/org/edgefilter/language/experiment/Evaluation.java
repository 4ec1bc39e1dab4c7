package org.edgefilter.language.experiment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.edgefilter.language.data.GlueMetric;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.model.TextClassifier;

/**
 * The GLUE metrics of a classifier on a split: accuracy for every task, F1 of the positive class
 * too for QQP (Wang et al., ICLR 2019, Table 1), named {@code <prefix>_acc} and {@code <prefix>_f1}
 * (e.g. {@code dev_acc}); all are higher-is-better.
 */
public final class Evaluation {

  private Evaluation() {}

  /**
   * The result-file name of {@code metric} for a split called {@code prefix}, e.g. {@code dev_acc}.
   */
  public static String metricName(String prefix, GlueMetric metric) {
    return prefix
        + "_"
        + switch (metric) {
          case ACCURACY -> "acc";
          case F1 -> "f1";
        };
  }

  /**
   * EVAL-mode predictions for every example of {@code split}, shape [size()]. Examples are batched
   * in order of length so that little padding is computed; the model's outputs do not depend on
   * padding, so the batching does not change them.
   */
  public static int[] predict(TextClassifier classifier, EncodedSplit split, int batchSize) {
    int[] byLength =
        IntStream.range(0, split.size())
            .boxed()
            .sorted(Comparator.comparingInt(split::length))
            .mapToInt(Integer::intValue)
            .toArray();
    int[] predicted = new int[split.size()];
    for (int from = 0; from < byLength.length; from += batchSize) {
      int[] indices =
          Arrays.copyOfRange(byLength, from, Math.min(from + batchSize, byLength.length));
      int[] batch = classifier.predict(split.batch(indices));
      for (int i = 0; i < indices.length; i++) {
        predicted[indices[i]] = batch[i];
      }
    }
    return predicted;
  }

  /** The task's metrics of {@code classifier} on {@code split}, in the task's order. */
  public static Map<String, Double> metrics(
      TextClassifier classifier, EncodedSplit split, GlueTask task, int batchSize, String prefix) {
    int[] predicted = predict(classifier, split, batchSize);
    int[] gold = split.labels();
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (GlueMetric metric : task.metrics()) {
      metrics.put(metricName(prefix, metric), metric.compute(predicted, gold));
    }
    return metrics;
  }

  /** Every metric of {@code task} for {@code prefix}, mapped to higher-is-better (all true). */
  public static Map<String, Boolean> directions(GlueTask task, String prefix) {
    Map<String, Boolean> directions = new LinkedHashMap<>();
    for (GlueMetric metric : task.metrics()) {
      directions.put(metricName(prefix, metric), true);
    }
    return directions;
  }
}
