package org.edgefilter.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edgefilter.framework.run.RunResult;

/**
 * A runs directory with known numbers for report tests:
 *
 * <ul>
 *   <li>vision/quick: arms {@code baseline}, {@code ef-k3} (better clean_acc, lower loss), {@code
 *       ef-k11} (same {@code params} as the baseline: zero-variance differences) on seeds 0..5;
 *       {@code lonely} on seeds 10..12 (unpaired); {@code single} on seed 0 only (n = 1). Metrics
 *       {@code clean_acc} (higher), {@code loss} (lower), {@code params} (lower), {@code
 *       tent/<corruption>/5} for 4 corruptions (higher), {@code probe/density/block1/<x>}.
 *   <li>audio/quick: {@code baseline} and {@code ef-k3} on seeds 0..2, metric {@code acc}.
 * </ul>
 */
public final class FakeRuns {

  /** Corruptions of the family {@code tent/*}{@code /5}. */
  public static final List<String> CORRUPTIONS =
      List.of("defocus_blur", "gaussian_noise", "impulse_noise", "shot_noise");

  /** Seed-to-seed variation shared by the arms of a seed (what makes pairing pay). */
  static final double[] SEED_SHIFT = {0.011, -0.004, 0.007, -0.013, 0.002, 0.009};

  /** Per-arm noise that does not cancel in pairs. */
  static final double[] NOISE = {0.0031, -0.0022, 0.0013, 0.0040, -0.0035, -0.0009};

  private FakeRuns() {}

  public static double cleanAcc(String arm, long seed) {
    int s = (int) (seed % 6);
    return switch (arm) {
      case "baseline" -> 0.80 + SEED_SHIFT[s];
      case "ef-k3" -> 0.82 + SEED_SHIFT[s] + NOISE[s];
      case "ef-k11" -> 0.801 + SEED_SHIFT[s] - NOISE[s];
      case "lonely" -> 0.79 + 0.01 * NOISE[(s + 1) % 6] * 100;
      case "single" -> 0.85;
      default -> throw new IllegalArgumentException(arm);
    };
  }

  public static double loss(String arm, long seed) {
    int s = (int) (seed % 6);
    double base = 0.60 - SEED_SHIFT[s];
    return switch (arm) {
      case "ef-k3" -> base - 0.03 + NOISE[(s + 2) % 6];
      case "ef-k11" -> base + NOISE[(s + 3) % 6] + NOISE[(s + 1) % 6] / 3;
      default -> base + NOISE[(s + 3) % 6];
    };
  }

  public static double params() {
    // Every arm has the same parameter count: zero-variance differences.
    return 1.5;
  }

  public static double tent(String arm, long seed, int corruption) {
    int s = (int) (seed % 6);
    double base = 0.55 + 0.05 * corruption + SEED_SHIFT[s];
    return switch (arm) {
      case "ef-k3" -> base + 0.01 * (corruption + 1) + NOISE[(s + corruption) % 6];
      case "ef-k11" -> base + NOISE[(s + corruption + 1) % 6] / 2 + 0.001 * (corruption - 1.5);
      default -> base + NOISE[(s + corruption + 1) % 6] / 2;
    };
  }

  public static double audioAcc(String arm, long seed) {
    int s = (int) seed;
    return 0.70 + SEED_SHIFT[s] + (arm.equals("ef-k3") ? 0.004 + NOISE[s] : 0);
  }

  /** Writes the directory tree under {@code runs}. */
  public static void write(Path runs) {
    for (String arm : List.of("baseline", "ef-k3", "ef-k11")) {
      for (long seed = 0; seed < 6; seed++) {
        vision(runs, arm, seed);
      }
    }
    for (long seed = 10; seed < 13; seed++) {
      vision(runs, "lonely", seed);
    }
    vision(runs, "single", 0);
    for (String arm : List.of("baseline", "ef-k3")) {
      for (long seed = 0; seed < 3; seed++) {
        Map<String, Double> m = Map.of("acc", audioAcc(arm, seed));
        write(
            runs,
            new RunResult(
                "audio",
                "quick",
                arm,
                seed,
                m,
                Map.of("acc", true),
                null,
                null,
                null,
                1,
                null,
                null));
      }
    }
  }

  private static void vision(Path runs, String arm, long seed) {
    Map<String, Double> m = new LinkedHashMap<>();
    Map<String, Boolean> dir = new LinkedHashMap<>();
    m.put("clean_acc", cleanAcc(arm, seed));
    dir.put("clean_acc", true);
    m.put("loss", loss(arm, seed));
    dir.put("loss", false);
    m.put("params", params());
    dir.put("params", false);
    for (int c = 0; c < CORRUPTIONS.size(); c++) {
      String name = "tent/" + CORRUPTIONS.get(c) + "/5";
      m.put(name, tent(arm, seed, c));
      dir.put(name, true);
    }
    double[] xs = {0, 0.5, 1.0};
    for (double x : xs) {
      String name = "probe/density/block1/" + x;
      m.put(name, Math.exp(-x * (arm.startsWith("ef") ? 2 : 1)) + 0.001 * seed);
      dir.put(name, true);
    }
    write(
        runs,
        new RunResult(
            "vision",
            "quick",
            arm,
            seed,
            m,
            dir,
            Map.of("arm", arm),
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:01:00Z",
            60,
            Map.of("project", "test"),
            "host"));
  }

  private static void write(Path runs, RunResult r) {
    r.writeTo(
        runs.resolve(r.modality())
            .resolve(r.experiment())
            .resolve(r.arm())
            .resolve("seed-" + r.seed()));
  }

  /** Writes the fixture to {@code args[0]} (for looking at a report by hand). */
  public static void main(String[] args) {
    write(Path.of(args[0]));
  }
}
