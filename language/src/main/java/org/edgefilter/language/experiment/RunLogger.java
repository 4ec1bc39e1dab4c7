package org.edgefilter.language.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.Progress;
import org.edgefilter.framework.run.ScalarSummaryWriter;
import org.edgefilter.framework.run.TrainingLog;
import org.edgefilter.framework.train.TrainListener;

/**
 * Reports training to the run directory and the console: the framework's {@link TrainingLog}
 * (train/loss, train/lr, train/throughput every {@code logEvery} steps); after each epoch but the
 * last (the run evaluates the final model itself) the dev metrics from {@code evaluateEpoch} do
 * too; the progress line shows step, loss and throughput.
 */
final class RunLogger implements TrainListener {

  private final MetricsLog metrics;
  private final ScalarSummaryWriter summaries;
  private final Progress progress;
  private final int logEvery;
  private final int epochs;
  private final IntFunction<Map<String, Double>> evaluateEpoch;
  private final TrainingLog steps;

  /**
   * @param evaluateEpoch the dev metrics after epoch e (0-based), called for every epoch but the
   *     last
   */
  RunLogger(
      MetricsLog metrics,
      ScalarSummaryWriter summaries,
      Progress progress,
      int logEvery,
      int epochs,
      IntFunction<Map<String, Double>> evaluateEpoch) {
    this.metrics = metrics;
    this.summaries = summaries;
    this.progress = progress;
    this.logEvery = logEvery;
    this.epochs = epochs;
    this.evaluateEpoch = evaluateEpoch;
    this.steps = new TrainingLog(metrics, summaries, progress, logEvery, "");
  }

  @Override
  public void onStep(long step, double loss, double learningRate, double examplesPerSecond) {
    steps.onStep(step, loss, learningRate, examplesPerSecond);
  }

  @Override
  public void onEpoch(int epoch, long steps, double meanLoss) {
    this.steps.onEpoch(epoch, steps, meanLoss);
    Map<String, Double> values = new LinkedHashMap<>();
    if (epoch < epochs - 1) {
      values.putAll(evaluateEpoch.apply(epoch));
    }
    if (values.isEmpty()) {
      return;
    }
    metrics.log(steps, values);
    values.forEach((name, value) -> summaries.scalar("dev/" + name, steps, value));
    summaries.flush();
  }
}
