package org.edgefilter.language.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.Progress;
import org.edgefilter.framework.run.ScalarSummaryWriter;
import org.edgefilter.framework.train.TrainListener;

/**
 * Reports training to the run directory and the console: every {@code logEvery} steps the loss
 * and learning rate go to {@code metrics.jsonl} and TensorBoard; after each epoch but the last
 * (the run evaluates the final model itself) the dev metrics from {@code evaluateEpoch} do too; the
 * progress line shows step, loss and throughput.
 */
final class RunLogger implements TrainListener {

  private final MetricsLog metrics;
  private final ScalarSummaryWriter summaries;
  private final Progress progress;
  private final int logEvery;
  private final int epochs;
  private final IntFunction<Map<String, Double>> evaluateEpoch;
  private double lossSum;
  private int lossCount;

  /**
   * @param evaluateEpoch the dev metrics after epoch e (0-based), called for every epoch but the last
   */
  RunLogger(MetricsLog metrics, ScalarSummaryWriter summaries, Progress progress, int logEvery,
      int epochs, IntFunction<Map<String, Double>> evaluateEpoch) {
    this.metrics = metrics;
    this.summaries = summaries;
    this.progress = progress;
    this.logEvery = logEvery;
    this.epochs = epochs;
    this.evaluateEpoch = evaluateEpoch;
  }

  @Override
  public void onStep(long step, double loss, double learningRate, double examplesPerSecond) {
    lossSum += loss;
    lossCount++;
    long done = step + 1;
    progress.update(done, Map.of("loss", loss));
    if (done % logEvery == 0) {
      double mean = lossSum / lossCount;
      lossSum = 0;
      lossCount = 0;
      Map<String, Double> values = new LinkedHashMap<>();
      values.put("train_loss", mean);
      values.put("learning_rate", learningRate);
      values.put("examples_per_second", examplesPerSecond);
      metrics.log(done, values);
      summaries.scalar("train/loss", done, mean);
      summaries.scalar("train/learning_rate", done, learningRate);
    }
  }

  @Override
  public void onEpoch(int epoch, long steps, double meanLoss) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("epoch", (double) epoch + 1);
    values.put("epoch_train_loss", meanLoss);
    if (epoch < epochs - 1) {
      values.putAll(evaluateEpoch.apply(epoch));
    }
    metrics.log(steps, values);
    values.forEach((name, value) -> summaries.scalar("epoch/" + name, steps, value));
    summaries.flush();
  }
}
