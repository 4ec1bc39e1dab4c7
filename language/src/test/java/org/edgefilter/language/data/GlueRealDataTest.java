package org.edgefilter.language.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The real GLUE files of {@code $EDGEFILTER_DATA}. Row counts are those of the data README (SST-2
 * train 67,349 / dev 872 / test_labeled_from_SST 1,821; QNLI dev 5,463 / train 8,999; QQP train
 * 8,999 / dev 1,000), which match GLUE's published sizes for the full splits (SST-2 train and dev,
 * QNLI dev). Label counts were tallied independently with {@code cut | sort | uniq -c}.
 */
class GlueRealDataTest {

  private static int ones(GlueSplit split) {
    return (int) Arrays.stream(split.labels()).filter(label -> label == 1).count();
  }

  @Test
  void sst2() {
    Path root = TestData.root();
    GlueSplit train = GlueReader.strict().readTrain(GlueTask.SST2, root);
    assertEquals(67_349, train.size());
    assertEquals(37_569, ones(train));
    assertEquals("hide new secretions from the parental units ", train.examples().get(0).textA());
    assertEquals(872, GlueReader.strict().readDev(GlueTask.SST2, root).size());
    GlueSplit test =
        GlueReader.strict()
            .read(GlueTask.SST2, GlueTask.SST2.file(root, "test_labeled_from_SST.tsv"));
    assertEquals(1_821, test.size());
    assertTrue(
        test.examples().stream().noneMatch(e -> e.textA().endsWith("\r")),
        "CRLF file: no stray \\r");
  }

  @Test
  void qnli() {
    Path root = TestData.root();
    GlueSplit dev = GlueReader.strict().readDev(GlueTask.QNLI, root);
    assertEquals(5_463, dev.size());
    assertEquals(2_761, ones(dev)); // not_entailment
    assertTrue(dev.examples().stream().allMatch(TextExample::isPair));
    assertEquals(8_999, GlueReader.strict().readTrain(GlueTask.QNLI, root).size());
  }

  @Test
  void qqp() {
    Path root = TestData.root();
    GlueSplit train = GlueReader.skippingMalformed().readTrain(GlueTask.QQP, root);
    assertEquals(8_999, train.size());
    assertEquals(0, train.skippedCount()); // the subset here has no malformed rows
    assertEquals(3_252, ones(train));
    assertEquals(1_000, GlueReader.strict().readDev(GlueTask.QQP, root).size());
  }
}
