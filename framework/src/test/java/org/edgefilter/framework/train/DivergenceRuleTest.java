package org.edgefilter.framework.train;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ExitCodes;
import org.junit.jupiter.api.Test;

class DivergenceRuleTest {

  @Test
  void fiveConsecutiveLossesAboveTenTimesTheFirstStopTraining() {
    DivergenceRule.Tracker t = DivergenceRule.DEFAULT.tracker();
    t.check(0, 2.0);
    // 20.0 is exactly 10x: not above; 4 steps above, then one below, reset the count.
    for (long step = 1; step <= 4; step++) {
      t.check(step, step == 1 ? 20.0 : 5e5);
    }
    t.check(5, 1.9);
    for (long step = 6; step <= 9; step++) {
      t.check(step, 20.5);
    }
    TrainingDiverged e = assertThrows(TrainingDiverged.class, () -> t.check(10, 21.0));
    assertTrue(e.getMessage().contains("at step 10"), e.getMessage());
    assertTrue(e.getMessage().contains("for 5 consecutive steps"), e.getMessage());
    assertEquals(ExitCodes.DIVERGED, Cli.exitCodeOf(e));
  }

  @Test
  void aNonFiniteLossStopsAtOnceWithTheLastFiniteLoss() {
    DivergenceRule.Tracker t = new DivergenceRule(3, 2).tracker();
    t.check(0, 1.0);
    t.check(1, 0.5);
    NonFiniteLossException e =
        assertThrows(NonFiniteLossException.class, () -> t.check(2, Double.NaN));
    assertEquals(0.5, e.lastFiniteLoss());
    assertEquals(2, e.step());
    assertEquals(ExitCodes.DIVERGED, Cli.exitCodeOf(e));
  }

  @Test
  void aFallingLossNeverTriggersAndBadRulesAreRejected() {
    DivergenceRule.Tracker t = DivergenceRule.DEFAULT.tracker();
    for (int step = 0; step < 1000; step++) {
      double loss = 2.3 * Math.exp(-step / 100.0) * (1 + 0.5 * Math.sin(step));
      assertDoesNotThrow(() -> t.check(0, loss));
    }
    assertThrows(IllegalArgumentException.class, () -> new DivergenceRule(1.0, 5));
    assertThrows(IllegalArgumentException.class, () -> new DivergenceRule(10, 0));
  }
}
