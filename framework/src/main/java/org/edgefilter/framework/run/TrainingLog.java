package org.edgefilter.framework.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.edgefilter.framework.train.TrainListener;

/**
 * The default training listener of every modality: the progress line every step, and every {@code
 * logEvery} steps the same metric names in {@code metrics.jsonl} and TensorBoard:
 *
 * <ul>
 *   <li>{@code train/loss}: the mean loss of the steps since the last line;
 *   <li>{@code train/lr}: the learning rate of the last step;
 *   <li>{@code train/throughput}: examples (images, clips, sequences, rays) per second of the last
 *       step, feeding included;
 * </ul>
 *
 * and after each epoch {@code train/epoch} (1-based) and {@code train/epoch_loss} (the epoch's mean
 * loss). The metric names carry an optional prefix (e.g. {@code fold1/}) for runs that train
 * several models, and each {@code metrics.jsonl} record may carry fixed fields (e.g. the round it
 * belongs to). Any of the three sinks may be null.
 */
public final class TrainingLog implements TrainListener {

  /** The metric names, without prefix. */
  public static final String LOSS = "train/loss";

  public static final String LR = "train/lr";
  public static final String THROUGHPUT = "train/throughput";
  public static final String EPOCH = "train/epoch";
  public static final String EPOCH_LOSS = "train/epoch_loss";

  private final MetricsLog metrics;
  private final ScalarSummaryWriter board;
  private final Progress progress;
  private final int logEvery;
  private final String prefix;
  private final Map<String, Object> fields;
  private double lossSum;
  private int lossCount;

  /**
   * @param metrics the run's metrics log, or null
   * @param board the run's TensorBoard writer, or null
   * @param progress the progress display, or null
   * @param logEvery steps between logged lines, >= 1
   * @param prefix prepended to every metric name ("" for none)
   */
  public TrainingLog(
      MetricsLog metrics,
      ScalarSummaryWriter board,
      Progress progress,
      int logEvery,
      String prefix) {
    this(metrics, board, progress, logEvery, prefix, Map.of());
  }

  /**
   * @param metrics the run's metrics log, or null
   * @param board the run's TensorBoard writer, or null
   * @param progress the progress display, or null
   * @param logEvery steps between logged lines, >= 1
   * @param prefix prepended to every metric name ("" for none)
   * @param fields written into every {@code metrics.jsonl} record before the metrics
   */
  public TrainingLog(
      MetricsLog metrics,
      ScalarSummaryWriter board,
      Progress progress,
      int logEvery,
      String prefix,
      Map<String, ?> fields) {
    if (logEvery < 1) {
      throw new IllegalArgumentException("logEvery must be >= 1, got " + logEvery);
    }
    this.metrics = metrics;
    this.board = board;
    this.progress = progress;
    this.logEvery = logEvery;
    this.prefix = prefix == null ? "" : prefix;
    this.fields = new LinkedHashMap<>(fields);
  }

  @Override
  public void onStep(long step, double loss, double learningRate, double examplesPerSecond) {
    long done = step + 1;
    lossSum += loss;
    lossCount++;
    if (progress != null) {
      progress.update(done, Map.of("loss", loss));
    }
    if (done % logEvery == 0) {
      Map<String, Double> values = new LinkedHashMap<>();
      values.put(prefix + LOSS, lossSum / lossCount);
      values.put(prefix + LR, learningRate);
      values.put(prefix + THROUGHPUT, examplesPerSecond);
      lossSum = 0;
      lossCount = 0;
      write(done, values);
    }
  }

  @Override
  public void onEpoch(int epoch, long steps, double meanLoss) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put(prefix + EPOCH, (double) epoch + 1);
    values.put(prefix + EPOCH_LOSS, meanLoss);
    write(steps, values);
    if (board != null) {
      board.flush();
    }
  }

  private void write(long step, Map<String, Double> values) {
    if (metrics != null) {
      metrics.log(step, fields, values);
    }
    if (board != null) {
      values.forEach((name, value) -> board.scalar(name, step, value));
    }
  }
}
