package org.edgefilter.framework.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArrayDatasetTest {

  private static ArrayDataset threeExamples() {
    // Three 1x2x1 "images": example i holds values 10i and 10i+1.
    return new ArrayDataset(
        new float[] {0, 1, 10, 11, 20, 21}, new int[] {1, 2, 1}, new int[] {0, 1, 2});
  }

  @Test
  void batchGathersExamplesAndLabelsInOrder() {
    Batch batch = threeExamples().batch(new int[] {2, 0});
    assertArrayEquals(new float[] {20, 21, 0, 1}, batch.features());
    assertArrayEquals(new long[] {2, 1, 2, 1}, batch.shape());
    assertArrayEquals(new int[] {2, 0}, batch.labels());
    assertArrayEquals(new int[] {2, 0}, batch.indices());
  }

  @Test
  void augmentationChangesTheBatchNotTheDataset() {
    ArrayDataset data = threeExamples();
    Augmentation negate =
        (example, shape, rng) -> {
          for (int i = 0; i < example.length; i++) {
            example[i] = -example[i];
          }
        };
    Batch batch = data.batch(new int[] {1}, negate, new SplittableRandom(1));
    assertArrayEquals(new float[] {-10, -11}, batch.features());
    assertArrayEquals(new float[] {10, 11}, data.example(1));
  }

  @Test
  void mismatchedArraysAreRejectedWithTheCounts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ArrayDataset(new float[5], new int[] {2}, new int[] {0, 1, 0}));
    assertTrue(e.getMessage().contains("need 6 feature values, got 5"), e.getMessage());
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ArrayDataset(new float[2], new int[] {1}, new int[] {0, -3}));
    assertTrue(bad.getMessage().contains("example 1"), bad.getMessage());
  }

  @Test
  void subsetCopiesInOrder() {
    ArrayDataset sub = threeExamples().subset(new int[] {2, 1});
    assertEquals(2, sub.size());
    assertArrayEquals(new float[] {20, 21}, sub.example(0));
    assertEquals(1, sub.label(1));
  }
}
