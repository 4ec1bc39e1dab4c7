package org.edgefilter.language.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlueMetricTest {

  @Test
  void accuracyAndF1ByHand() {
    int[] gold = {1, 1, 1, 0, 0, 0, 0, 1};
    int[] predicted = {1, 1, 0, 1, 0, 0, 0, 0};
    // 5 of 8 correct. TP = 2, FP = 1, FN = 2: precision 2/3, recall 1/2, F1 = 2PR/(P+R) = 4/7.
    assertEquals(5 / 8.0, GlueMetric.ACCURACY.compute(predicted, gold), 1e-12);
    assertEquals(4 / 7.0, GlueMetric.F1.compute(predicted, gold), 1e-12);
    assertEquals(0.0, GlueMetric.F1.compute(new int[] {0, 0}, new int[] {1, 0}), 0.0);
    assertThrows(
        IllegalArgumentException.class, () -> GlueMetric.F1.compute(new int[1], new int[2]));
  }

  @Test
  void taskCatalogue() {
    assertEquals(List.of(GlueMetric.ACCURACY, GlueMetric.F1), GlueTask.QQP.metrics());
    assertEquals(List.of(GlueMetric.ACCURACY), GlueTask.SST2.metrics());
    assertEquals(0, GlueTask.QNLI.labelId("entailment"));
    assertEquals(1, GlueTask.QNLI.labelId("not_entailment"));
    assertEquals(-1, GlueTask.QNLI.labelId("neutral"));
    assertEquals("SST-2", GlueTask.SST2.directoryName());
    assertEquals(
        java.nio.file.Path.of("/d/glue/QQP/dev.tsv"),
        GlueTask.QQP.devFile(java.nio.file.Path.of("/d")));
  }
}
