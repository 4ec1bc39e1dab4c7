package org.edgefilter.vision.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.model.Classifier;
import org.edgefilter.vision.model.ModelConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisionEpochProbesTest {

  @TempDir Path dir;

  private static ImageSet images(int n) {
    byte[] pixels = new byte[n * 32 * 32 * 3];
    new Random(1).nextBytes(pixels);
    return ImageSet.ofBytes(pixels, n, 32, 32, 3, new int[n], Collections.nCopies(10, "c"));
  }

  private static VisionEpochProbes.ProbeBatch batch() {
    return VisionEpochProbes.firstImages(images(8), set -> set.toFloat().floats());
  }

  private Map<String, Object> firstRecord(FilterConfig filter, String name) {
    Path file = dir.resolve(name + ".jsonl");
    try (Classifier c = new Classifier(ModelConfig.wrn(10, 1), filter, 32, 10, 3, 0, 0);
        MetricsLog log = MetricsLog.open(file)) {
      VisionEpochProbes.listener(c, batch(), log, true).onEpoch(2, 40, 1.0);
    }
    List<Map<String, Object>> records = MetricsLog.read(file);
    assertEquals(1, records.size());
    return records.get(0);
  }

  private static double value(Map<String, Object> record, String key) {
    return ((Number) record.get(key)).doubleValue();
  }

  @Test
  void bothArmsLogTheSlotAndTheNextTwoConvolutions() {
    Map<String, Object> base = firstRecord(FilterConfig.baseline(1), "base");
    Map<String, Object> filtered = firstRecord(FilterConfig.highPassMean(3, 1), "filter");
    for (Map<String, Object> r : List.of(base, filtered)) {
      assertEquals(2.0, value(r, "train/epoch"));
      for (String tap : List.of("slot_in", "slot_out", "next1", "next2")) {
        double density = value(r, "probe/epoch/density/" + tap);
        double lowfreq = value(r, "probe/epoch/lowfreq/" + tap);
        assertTrue(density >= 0 && density <= 1, tap + " density " + density);
        assertTrue(lowfreq >= 0 && lowfreq <= 1, tap + " lowfreq " + lowfreq);
      }
    }
    // The baseline's slot passes its map through; the high-pass slot removes low frequencies.
    assertEquals(
        value(base, "probe/epoch/lowfreq/slot_in"), value(base, "probe/epoch/lowfreq/slot_out"), 0);
    assertTrue(
        value(filtered, "probe/epoch/lowfreq/slot_out")
            < value(filtered, "probe/epoch/lowfreq/slot_in") / 2);
    // The same seed gives the same weights up to the slot: identical maps entering it.
    assertEquals(
        value(base, "probe/epoch/density/slot_in"),
        value(filtered, "probe/epoch/density/slot_in"),
        1e-12);
  }

  @Test
  void disabledProbesLogNothing() {
    Path file = dir.resolve("off.jsonl");
    try (Classifier c =
            new Classifier(ModelConfig.wrn(10, 1), FilterConfig.baseline(1), 32, 10, 3, 0, 0);
        MetricsLog log = MetricsLog.open(file)) {
      VisionEpochProbes.listener(c, batch(), log, false).onEpoch(0, 1, 1.0);
    }
    assertEquals(0, MetricsLog.read(file).size());
  }
}
