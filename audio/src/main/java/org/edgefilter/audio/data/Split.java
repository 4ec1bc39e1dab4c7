package org.edgefilter.audio.data;

import java.util.List;

/**
 * A train/test partition of a dataset's items; both lists are immutable.
 *
 * @param train items to train on (and to fit dataset statistics on)
 * @param test held-out items
 */
public record Split<T>(List<T> train, List<T> test) {

  public Split {
    train = List.copyOf(train);
    test = List.copyOf(test);
  }
}
