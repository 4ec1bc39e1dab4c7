package org.edgefilter.audio.experiment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One train/evaluate round of an arm: a fresh model trained on {@code train} and tested on {@code
 * test}, both positions in {@link AudioCorpus#clips()}.
 *
 * @param name {@code split} for FSDD's standard split, {@code fold<k>} for UrbanSound8K's round
 *     holding out fold k; also the round's checkpoint folder
 * @param metricPrefix prepended to the round's metric names: empty for FSDD, {@code fold<k>/}
 * @param testFold the held-out fold, 0 for FSDD
 * @param trainFolds the folds trained on, empty for FSDD
 * @param train clip positions to train on, ascending
 * @param test clip positions to test on, ascending
 */
public record Round(
    String name,
    String metricPrefix,
    int testFold,
    List<Integer> trainFolds,
    int[] train,
    int[] test) {

  public Round {
    trainFolds = List.copyOf(trainFolds);
    train = train.clone();
    test = test.clone();
    if (train.length == 0 || test.length == 0) {
      throw new IllegalArgumentException(
          "round " + name + " has " + train.length + " train and " + test.length + " test clips");
    }
    Set<Integer> seen = new HashSet<>();
    for (int i : train) {
      seen.add(i);
    }
    for (int i : test) {
      if (seen.contains(i)) {
        throw new IllegalArgumentException(
            "round " + name + ": clip " + i + " is in train and test");
      }
    }
    if (trainFolds.contains(testFold)) {
      throw new IllegalArgumentException(
          "round " + name + " trains on its test fold " + testFold + ": " + trainFolds);
    }
  }

  /** The clip positions to train on (a copy). */
  @Override
  public int[] train() {
    return train.clone();
  }

  /** The clip positions to test on (a copy). */
  @Override
  public int[] test() {
    return test.clone();
  }

  @Override
  public String toString() {
    return name
        + " (train "
        + train.length
        + (trainFolds.isEmpty() ? "" : " from folds " + trainFolds)
        + ", test "
        + test.length
        + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Round r
        && name.equals(r.name)
        && metricPrefix.equals(r.metricPrefix)
        && testFold == r.testFold
        && trainFolds.equals(r.trainFolds)
        && Arrays.equals(train, r.train)
        && Arrays.equals(test, r.test);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(test);
  }
}
