package org.edgefilter.audio.data;

import java.util.List;

/**
 * One round of cross-validation over predefined folds.
 *
 * @param trainFolds folds to train on, ascending, never containing {@code testFold}
 * @param testFold the held-out fold
 */
public record FoldSplit(List<Integer> trainFolds, int testFold) {

  public FoldSplit {
    trainFolds = trainFolds.stream().sorted().distinct().toList();
    if (trainFolds.isEmpty()) {
      throw new IllegalArgumentException("a fold split needs at least one train fold");
    }
    if (trainFolds.contains(testFold)) {
      throw new IllegalArgumentException(
          "fold " + testFold + " cannot be both a train and the test fold");
    }
  }
}
