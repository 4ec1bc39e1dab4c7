package org.edgefilter.language.experiment;

/**
 * How a run trains: AdamW (Loshchilov and Hutter, ICLR 2019) with BERT's settings (betas 0.9 and
 * 0.999, epsilon 1e-8, decay on weights and embeddings only), a linear warm-up then linear decay to
 * zero, and gradient clipping by global norm.
 *
 * @param epochs passes over the training examples, >= 1
 * @param batchSize training sequences per step
 * @param learningRate peak rate, reached after the warm-up
 * @param warmupFraction share of all steps spent warming up, in [0, 1)
 * @param weightDecay decoupled decay coefficient, >= 0 (BERT: 0.01)
 * @param clipNorm global gradient-norm clip, 0 for none (BERT: 1.0)
 * @param evalBatchSize sequences per evaluation batch
 * @param logEvery write the training loss to the metrics log every this many steps
 * @param checkpointEvery also checkpoint every this many steps (0 = only after each epoch)
 * @param threads TensorFlow session threads, 0 for TensorFlow's default (all cores)
 */
public record TrainingConfig(
    int epochs,
    int batchSize,
    double learningRate,
    double warmupFraction,
    double weightDecay,
    double clipNorm,
    int evalBatchSize,
    int logEvery,
    int checkpointEvery,
    int threads) {

  public TrainingConfig {
    if (epochs < 1 || batchSize < 1 || evalBatchSize < 1 || logEvery < 1) {
      throw new IllegalArgumentException(
          "epochs, batchSize, evalBatchSize and logEvery must be >= 1,"
              + " got "
              + epochs
              + ", "
              + batchSize
              + ", "
              + evalBatchSize
              + ", "
              + logEvery);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learningRate must be > 0 and finite, got " + learningRate);
    }
    if (!(warmupFraction >= 0 && warmupFraction < 1)) {
      throw new IllegalArgumentException("warmupFraction must be in [0, 1), got " + warmupFraction);
    }
    if (!(weightDecay >= 0) || !(clipNorm >= 0)) {
      throw new IllegalArgumentException(
          "weightDecay and clipNorm must be >= 0, got " + weightDecay + " and " + clipNorm);
    }
    if (threads < 0 || checkpointEvery < 0) {
      throw new IllegalArgumentException(
          "threads and checkpointEvery must be >= 0, got " + threads + " and " + checkpointEvery);
    }
  }
}
