package org.edgefilter.nerf.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.edgefilter.framework.io.RgbImage;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static final RgbImage GRAY = RgbImage.filled(16, 16, 0.5f, 0.5f, 0.5f);

  @Test
  void withoutLpipsTheMetricsHaveNoLpipsEntry() {
    Evaluation e =
        new Evaluation(
            List.of(GRAY, GRAY),
            List.of(
                new ViewScore(0, "r_0", 20, 0.8, 0.1, null),
                new ViewScore(8, "r_8", 22, 0.9, 0.2, null)),
            "no weights");
    Map<String, Double> m = e.means("lpips_alex");
    assertEquals(List.of("psnr", "ssim", "mae"), List.copyOf(m.keySet()));
    assertEquals(21, m.get("psnr"), 1e-12);
    assertEquals(0.85, m.get("ssim"), 1e-12);
    assertEquals(0.15, m.get("mae"), 1e-12);
    assertFalse(e.lpipsComputed());
    assertEquals(Map.of("psnr", true, "ssim", true, "mae", false), Evaluation.higherIsBetter(m));
  }

  @Test
  void withLpipsItIsAveragedAndLowerIsBetter() {
    Evaluation e =
        new Evaluation(
            List.of(GRAY, GRAY),
            List.of(
                new ViewScore(0, "r_0", 20, 0.8, 0.1, 0.3),
                new ViewScore(8, "r_8", 22, 0.9, 0.2, 0.1)),
            "");
    Map<String, Double> m = e.means("lpips_alex");
    assertTrue(e.lpipsComputed());
    assertEquals(0.2, m.get("lpips_alex"), 1e-12);
    assertFalse(Evaluation.higherIsBetter(m).get("lpips_alex"));
  }
}
