package org.edgefilter.framework.data;

import java.util.SplittableRandom;

/**
 * Splits {@code 0 .. size-1} into batches of dataset positions, one epoch at a time.
 *
 * <p>With shuffling, epoch {@code e} is a Fisher-Yates permutation drawn from {@link
 * Seeds#rng(long, long...) Seeds.rng(seed, SHUFFLE, e)}: it depends only on the seed and the epoch,
 * never on earlier epochs, so training resumed at any epoch sees the same order. The last partial
 * batch is dropped or kept as configured.
 */
public final class BatchSampler {

  private static final long SHUFFLE_STREAM = 0x5348_5546_464cL;

  private final int datasetSize;
  private final int batchSize;
  private final boolean shuffle;
  private final boolean dropLast;
  private final long seed;

  /**
   * @param datasetSize number of examples, at least 1
   * @param batchSize examples per batch, at least 1
   * @param shuffle whether each epoch is a fresh permutation
   * @param dropLast whether an incomplete last batch is left out
   * @param seed the run seed
   */
  public BatchSampler(
      int datasetSize, int batchSize, boolean shuffle, boolean dropLast, long seed) {
    if (datasetSize < 1) {
      throw new IllegalArgumentException("dataset size must be >= 1, got " + datasetSize);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }
    if (dropLast && batchSize > datasetSize) {
      throw new IllegalArgumentException(
          "batch size "
              + batchSize
              + " exceeds dataset size "
              + datasetSize
              + " and the last partial batch is dropped: no batch would remain");
    }
    this.datasetSize = datasetSize;
    this.batchSize = batchSize;
    this.shuffle = shuffle;
    this.dropLast = dropLast;
    this.seed = seed;
  }

  /** A shuffling sampler that keeps the last partial batch. */
  public static BatchSampler shuffled(int datasetSize, int batchSize, long seed) {
    return new BatchSampler(datasetSize, batchSize, true, false, seed);
  }

  /** An in-order sampler that keeps the last partial batch (for evaluation). */
  public static BatchSampler sequential(int datasetSize, int batchSize) {
    return new BatchSampler(datasetSize, batchSize, false, false, 0L);
  }

  /** The number of batches in each epoch. */
  public int batchesPerEpoch() {
    return dropLast ? datasetSize / batchSize : (datasetSize + batchSize - 1) / batchSize;
  }

  /** Examples per full batch. */
  public int batchSize() {
    return batchSize;
  }

  /** The number of examples the sampler draws from. */
  public int datasetSize() {
    return datasetSize;
  }

  /**
   * The batches of epoch {@code epoch}: {@code batchesPerEpoch()} arrays of dataset positions, each
   * of length {@code batchSize()} except possibly the last.
   */
  public int[][] epoch(int epoch) {
    if (epoch < 0) {
      throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
    }
    int[] order = new int[datasetSize];
    for (int i = 0; i < datasetSize; i++) {
      order[i] = i;
    }
    if (shuffle) {
      SplittableRandom rng = Seeds.rng(seed, SHUFFLE_STREAM, epoch);
      for (int i = datasetSize - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    int count = batchesPerEpoch();
    int[][] batches = new int[count][];
    for (int b = 0; b < count; b++) {
      int from = b * batchSize;
      int to = Math.min(from + batchSize, datasetSize);
      batches[b] = new int[to - from];
      System.arraycopy(order, from, batches[b], 0, to - from);
    }
    return batches;
  }
}
