package org.edgefilter.framework.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BatchSamplerTest {

  @Test
  void everyEpochIsAPermutationInBatches() {
    BatchSampler sampler = BatchSampler.shuffled(10, 4, 42);
    assertEquals(3, sampler.batchesPerEpoch());
    int[][] batches = sampler.epoch(0);
    assertEquals(3, batches.length);
    assertEquals(4, batches[0].length);
    assertEquals(4, batches[1].length);
    assertEquals(2, batches[2].length, "the last partial batch is kept");
    int[] all = Arrays.stream(batches).flatMapToInt(Arrays::stream).sorted().toArray();
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, all);
  }

  @Test
  void orderDependsOnlyOnSeedAndEpoch() {
    BatchSampler a = BatchSampler.shuffled(100, 10, 1);
    BatchSampler b = BatchSampler.shuffled(100, 10, 1);
    // b asks for epoch 3 without having produced epochs 0-2: a resumed run.
    assertArrayEquals(a.epoch(3), b.epoch(3));
    assertFalse(Arrays.deepEquals(a.epoch(0), a.epoch(1)), "epochs are reshuffled");
    assertFalse(Arrays.deepEquals(a.epoch(0), BatchSampler.shuffled(100, 10, 2).epoch(0)));
  }

  @Test
  void dropLastLeavesOutThePartialBatch() {
    BatchSampler sampler = new BatchSampler(10, 4, true, true, 5);
    assertEquals(2, sampler.batchesPerEpoch());
    int[][] batches = sampler.epoch(2);
    assertEquals(2, batches.length);
    assertEquals(4, batches[1].length);
    assertThrows(IllegalArgumentException.class, () -> new BatchSampler(3, 4, true, true, 0));
  }

  @Test
  void sequentialKeepsOrder() {
    int[][] batches = BatchSampler.sequential(5, 2).epoch(0);
    assertArrayEquals(new int[][] {{0, 1}, {2, 3}, {4}}, batches);
  }
}
