package org.edgefilter.nerf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerfCliTest {

  @TempDir Path runs;

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new NerfCli(), new PrintWriter(out), new PrintWriter(err), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"train", "render", "evaluate", "experiment"}) {
      Outcome o = run(command, "--help");
      assertEquals(0, o.code(), command);
      assertTrue(
          o.out().contains("--preset") && o.out().contains("--set"), command + ":\n" + o.out());
    }
    Outcome top = run("--help");
    assertEquals(0, top.code());
    assertTrue(top.out().contains("experiment") && top.out().contains("render"), top.out());
  }

  @Test
  void badInputIsAUsageErrorThatSaysWhy() {
    Outcome arm = run("train", "--arm", "both", "--runs", runs.toString());
    assertEquals(ExitCodes.USAGE, arm.code());
    assertTrue(arm.err().contains("baseline or filter"), arm.err());
    Outcome key = run("train", "--set", "mlp.depht=2", "--runs", runs.toString());
    assertEquals(ExitCodes.USAGE, key.code());
    assertTrue(key.err().contains("mlp.depth"), key.err());
    Outcome preset = run("experiment", "--preset", "huge", "--runs", runs.toString());
    assertEquals(ExitCodes.USAGE, preset.code());
  }

  @Test
  void missingDataAndMissingRunsAreNamed() {
    Outcome data =
        run(
            "train",
            "--preset",
            "smoke",
            "--data",
            runs.resolve("nowhere").toString(),
            "--runs",
            runs.toString());
    assertEquals(ExitCodes.MISSING_DATA, data.code());
    assertTrue(data.err().contains("nerf_lego_400"), data.err());
    Outcome render = run("render", "--preset", "smoke", "--runs", runs.toString());
    assertEquals(ExitCodes.USAGE, render.code());
    assertTrue(render.err().contains("no run at"), render.err());
    // The README's example without a trained quick run: one line naming the folder and the fix.
    Outcome evaluate = run("evaluate", "--arm", "filter", "--runs", runs.toString());
    assertEquals(ExitCodes.USAGE, evaluate.code());
    assertEquals(1, evaluate.err().strip().lines().count(), evaluate.err());
    assertTrue(
        evaluate
            .err()
            .startsWith("error: no run at " + runs.resolve("nerf/quick/ef-mean-k3-p4/seed-0")),
        evaluate.err());
    assertTrue(evaluate.err().contains("nerf train --arm filter"), evaluate.err());
  }
}
