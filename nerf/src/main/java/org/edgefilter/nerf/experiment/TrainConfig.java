package org.edgefilter.nerf.experiment;

/**
 * How a NeRF is optimized: Adam (betas 0.9, 0.999) on batches of random rays drawn from all pixels
 * of the training views, with the learning rate decaying exponentially from {@code learningRate} to
 * {@code finalLearningRate} over the run (NeRF: 5e-4 to 5e-5).
 *
 * @param batchSize rays per step (NeRF: 1024)
 * @param epochs passes over every training pixel; steps = epochs * floor(pixels / batchSize)
 * @param learningRate the first step's rate
 * @param finalLearningRate the rate reached at the last step
 * @param logEvery steps between lines in metrics.jsonl and TensorBoard
 * @param checkpointEvery steps between checkpoints inside an epoch; 0 for only at epoch ends
 */
public record TrainConfig(
    int batchSize,
    int epochs,
    double learningRate,
    double finalLearningRate,
    int logEvery,
    int checkpointEvery) {

  public TrainConfig {
    if (batchSize < 1) {
      throw new IllegalArgumentException("train.batchSize must be >= 1, got " + batchSize);
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
    }
    if (!(learningRate > 0) || !(finalLearningRate > 0) || finalLearningRate > learningRate) {
      throw new IllegalArgumentException(
          "need 0 < finalLearningRate <= learningRate, got "
              + finalLearningRate
              + " and "
              + learningRate);
    }
    if (logEvery < 1) {
      throw new IllegalArgumentException("logEvery must be >= 1, got " + logEvery);
    }
    if (checkpointEvery < 0) {
      throw new IllegalArgumentException("checkpointEvery must be >= 0, got " + checkpointEvery);
    }
  }

  /**
   * The rate of step {@code step} of {@code totalSteps}: {@code lr0 (lr1 / lr0)^(step / total)},
   * NeRF's {@code lrate * 0.1^(step / decay_steps)} with the decay set to end at lr1 (held after
   * the last step).
   */
  public double rate(long step, long totalSteps) {
    double progress = Math.min(1.0, (double) step / Math.max(1, totalSteps));
    return learningRate * Math.pow(finalLearningRate / learningRate, progress);
  }
}
