package org.edgefilter.framework.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterSpec;
import org.edgefilter.framework.nn.Role;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.framework.train.CheckpointStore;
import org.edgefilter.framework.train.TrainState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report end to end on planted checkpoints: a filter arm with dead and edge kernels. */
class KernelReportTest {

  @TempDir Path root;

  private static final int CIN = 6;
  private static final int COUT = 8;

  /** Writes a completed run whose layer {@code net/conv} has the given HWIO kernel values. */
  private Path run(String arm, long seed, float[] kernel) {
    Path dir = root.resolve("vision").resolve("exp").resolve(arm).resolve("seed-" + seed);
    try (Model model = new Model(seed)) {
      Parameter k =
          model
              .params()
              .child("net")
              .child("conv")
              .create(
                  ParameterSpec.of("kernel", Role.WEIGHT, Initializers.zeros(), 3, 3, CIN, COUT));
      model
          .params()
          .child("net")
          .child("head")
          .create(ParameterSpec.of("kernel", Role.WEIGHT, Initializers.zeros(), 4, 2));
      model.initialize();
      model.write(k, kernel);
      new CheckpointStore(dir.resolve("checkpoint"))
          .save(model, new TrainState(10, 1, 0, 0.5, seed, null));
    }
    new RunResult(
            "vision",
            "exp",
            arm,
            seed,
            Map.of("clean_acc", 0.5 + seed),
            Map.of("clean_acc", true),
            Map.of(),
            "a",
            "b",
            1.0,
            Map.of(),
            "host",
            Map.of("test_clips", 300L))
        .writeTo(dir);
    return dir;
  }

  /**
   * Random kernels; in the filter arm the first {@code dead} kernels are ~0 and the next {@code
   * edges} are Tx models.
   */
  private static float[] kernels(long seed, int dead, int edges) {
    Random rng = new Random(seed);
    float[] w = new float[9 * CIN * COUT];
    double[] tx = new DerivativeModel(0, 1).kernel(0.7, 1);
    for (int c = 0; c < CIN; c++) {
      for (int o = 0; o < COUT; o++) {
        int kernel = c * COUT + o;
        for (int p = 0; p < 9; p++) {
          double v = rng.nextGaussian();
          if (kernel < dead) {
            v = 1e-4 * v;
          } else if (kernel < dead + edges) {
            v = 8 * tx[p] + 0.01 * v;
          }
          w[(p * CIN + c) * COUT + o] = (float) v;
        }
      }
    }
    return w;
  }

  @Test
  void plantedDifferencesShowAndResultsKeepTheirContent() throws Exception {
    for (long s = 0; s < 3; s++) {
      run("baseline", s, kernels(s, 0, 0));
      run("ef", s, kernels(100 + s, 12, 24));
    }
    Path out = root.resolve("report");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    KernelReport.Output o =
        new KernelReport(
                root.resolve("vision").resolve("exp"),
                "baseline",
                out,
                true,
                new PrintStream(log, true))
            .run();
    assertEquals(6, o.resultsUpdated());
    assertTrue(Files.isRegularFile(out.resolve("kernels.md")));
    for (Path p : o.plots()) {
      assertTrue(Files.size(p) > 1000, p + " is written");
    }
    RunResult ef = RunResult.read(root.resolve("vision/exp/ef/seed-1/result.json"));
    assertEquals(1.5, ef.metrics().get("clean_acc"), 0);
    assertEquals(Map.of("test_clips", 300L), ef.counts());
    assertEquals(12.0 / (CIN * COUT), ef.metrics().get("kernels/conv/degenerate_share"), 1e-12);
    assertFalse(ef.higherIsBetter().get("kernels/conv/degenerate_share"));
    assertTrue(ef.higherIsBetter().get("kernels/conv/edge_share"));
    // The head is 2D, not a 3x3 convolution: no figures for it.
    assertFalse(ef.metrics().keySet().stream().anyMatch(k -> k.startsWith("kernels/head")));
    SeedStats degenerate = o.stats().get("degenerate_share").get("conv").get("ef");
    assertTrue(degenerate.paired() && degenerate.detectable(), degenerate.toString());
    SeedStats edges = o.stats().get("edge_share").get("conv").get("ef");
    assertTrue(edges.diff() > 0.3 && edges.detectable(), edges.toString());
    SeedStats kl = o.stats().get("kl_baseline").get("conv").get("ef");
    assertTrue(kl.diff() > 0 && kl.detectable(), kl.toString());

    // A second analysis replaces the kernels/ figures rather than piling them up.
    new KernelReport(
            root.resolve("vision").resolve("exp"),
            "baseline",
            out,
            true,
            new PrintStream(log, true))
        .run();
    RunResult again = RunResult.read(root.resolve("vision/exp/ef/seed-1/result.json"));
    assertEquals(ef.metrics(), again.metrics());
  }

  @Test
  void noBaselineRunIsAUsageError() {
    run("ef", 0, kernels(0, 0, 0));
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                new KernelReport(
                        root.resolve("vision").resolve("exp"),
                        "baseline",
                        root.resolve("r"),
                        false,
                        new PrintStream(new ByteArrayOutputStream()))
                    .run());
    assertTrue(e.getMessage().contains("baseline"), e.getMessage());
    assertFalse(Files.exists(root.resolve("r")), "nothing is written before the inputs check out");
  }
}
