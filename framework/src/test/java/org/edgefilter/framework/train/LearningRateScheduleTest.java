package org.edgefilter.framework.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

  @Test
  void constantAndSteps() {
    assertEquals(0.1, LearningRateSchedule.constant(0.1).rate(12345));
    LearningRateSchedule multi = LearningRateSchedule.multiStep(0.1, 0.2, 30, 10);
    assertEquals(0.1, multi.rate(9), 1e-12);
    assertEquals(0.02, multi.rate(10), 1e-12);
    assertEquals(0.02, multi.rate(29), 1e-12);
    assertEquals(0.004, multi.rate(30), 1e-12);
    LearningRateSchedule step = LearningRateSchedule.step(1.0, 0.5, 100);
    assertEquals(1.0, step.rate(99));
    assertEquals(0.25, step.rate(250));
  }

  @Test
  void cosineFromBaseToMin() {
    LearningRateSchedule cos = LearningRateSchedule.cosine(0.1, 0.0, 100);
    assertEquals(0.1, cos.rate(0), 1e-12);
    assertEquals(0.05, cos.rate(50), 1e-12);
    // 0.1 * (1 + cos(pi / 4)) / 2 = 0.0853553390593...
    assertEquals(0.08535533905932738, cos.rate(25), 1e-12);
    assertEquals(0.0, cos.rate(100), 1e-12);
    assertEquals(0.0, cos.rate(1000), 1e-12);
    assertEquals(0.01, LearningRateSchedule.cosine(0.1, 0.01, 10).rate(10), 1e-12);
  }

  @Test
  void warmupThenLinearDecay() {
    // Hugging Face get_linear_schedule_with_warmup with warmup 10 and 110 total steps.
    LearningRateSchedule s = LearningRateSchedule.warmupLinear(1e-3, 10, 110);
    assertEquals(0.0, s.rate(0), 1e-15);
    assertEquals(5e-4, s.rate(5), 1e-15);
    assertEquals(1e-3, s.rate(10), 1e-15);
    assertEquals(5e-4, s.rate(60), 1e-15);
    assertEquals(0.0, s.rate(110), 1e-15);
    assertEquals(0.0, s.rate(200), 1e-15);
  }

  @Test
  void warmupThenCosineDecay() {
    LearningRateSchedule s = LearningRateSchedule.warmupCosine(2.0, 4, 104);
    assertEquals(1.0, s.rate(2), 1e-12);
    assertEquals(2.0, s.rate(4), 1e-12);
    assertEquals(1.0, s.rate(54), 1e-12);
    assertEquals(0.0, s.rate(104), 1e-12);
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> LearningRateSchedule.warmupLinear(1, 20, 10));
    assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(-1));
    assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.cosine(1, 0, 0));
  }
}
