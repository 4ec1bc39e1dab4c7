package org.edgefilter.audio.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The rounds of a cross-validation over predefined folds.
 *
 * <p>UrbanSound8K's protocol (Salamon, Jacoby and Bello, "A Dataset and Taxonomy for Urban Sound
 * Research", ACM MM 2014) is 10-fold cross-validation over its ten predefined folds, never a random
 * split: slices of one Freesound recording share a fold, so a random split would put
 * near-duplicates on both sides. With only some folds present the same rule applies to those.
 *
 * @param splits the rounds, in ascending order of test fold
 */
public record FoldPlan(List<FoldSplit> splits) {

  public FoldPlan {
    splits = List.copyOf(splits);
  }

  /**
   * Leave-one-fold-out over {@code folds}: each fold is the test fold once, trained on all others.
   *
   * @throws IllegalArgumentException with fewer than two distinct folds
   */
  public static FoldPlan leaveOneFoldOut(Collection<Integer> folds) {
    TreeSet<Integer> distinct = new TreeSet<>(folds);
    if (distinct.size() < 2) {
      throw new IllegalArgumentException(
          "leave-one-fold-out needs at least two folds, got " + distinct);
    }
    List<FoldSplit> splits = new ArrayList<>();
    for (int test : distinct) {
      List<Integer> train = new ArrayList<>(distinct);
      train.remove(Integer.valueOf(test));
      splits.add(new FoldSplit(train, test));
    }
    return new FoldPlan(splits);
  }

  /** Number of rounds. */
  public int size() {
    return splits.size();
  }
}
