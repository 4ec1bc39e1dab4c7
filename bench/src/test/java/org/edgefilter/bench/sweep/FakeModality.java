package org.edgefilter.bench.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edgefilter.framework.run.RunResult;

/**
 * A stand-in for a modality CLI, started by sweep tests as a separate JVM. It writes a partial
 * {@code metrics.jsonl}, then, depending on its options, writes {@code result.json} with
 * deterministic metrics or fails in one of the ways real runs fail.
 *
 * <p>Options: {@code --arm A --seed S --run-dir D [--effect X] [--mode ok|exit|crash|signal|
 * no-result|sleep] [--crash-if-exists FILE] [--exit-on-seed S]}.
 */
public final class FakeModality {

  private FakeModality() {}

  /** The clean accuracy the fake run reports, so tests can predict it. */
  static double cleanAccuracy(double effect, long seed) {
    return 0.80 + effect + 0.01 * ((seed * 7919) % 5 - 2) / 2.0;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    String arm = opts.get("arm");
    long seed = Long.parseLong(opts.get("seed"));
    Path runDir = Path.of(opts.get("run-dir"));
    double effect = Double.parseDouble(opts.getOrDefault("effect", "0"));
    String mode = opts.getOrDefault("mode", "ok");
    if (opts.containsKey("crash-if-exists") && Files.exists(Path.of(opts.get("crash-if-exists")))) {
      mode = "crash";
    }
    if (opts.containsKey("exit-on-seed") && Long.parseLong(opts.get("exit-on-seed")) == seed) {
      mode = "exit";
    }
    Files.createDirectories(runDir);
    Files.writeString(runDir.resolve("metrics.jsonl"), "{\"step\": 1, \"loss\": 2.3}\n");
    System.out.println("fake run " + arm + " seed " + seed + " mode " + mode);
    switch (mode) {
      case "exit" -> {
        System.err.println("giving up on purpose");
        System.exit(3);
      }
      case "crash" -> exhaustHeap();
      case "signal" -> {
        new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid()))
            .inheritIO()
            .start()
            .waitFor();
        Thread.sleep(10_000);
      }
      case "no-result" -> System.exit(0);
      case "sleep" -> Thread.sleep(120_000);
      default -> writeResult(arm, seed, runDir, effect);
    }
  }

  private static void exhaustHeap() {
    List<long[]> hog = new ArrayList<>();
    while (true) {
      hog.add(new long[1 << 20]);
    }
  }

  private static void writeResult(String arm, long seed, Path runDir, double effect)
      throws IOException {
    String now = Instant.now().toString();
    new RunResult(
            "fake",
            "tiny",
            arm,
            seed,
            Map.of("clean_acc", cleanAccuracy(effect, seed), "loss", 1.0 - effect),
            Map.of("clean_acc", true, "loss", false),
            Map.of("effect", effect),
            now,
            now,
            0.1,
            Map.of("project", "test"),
            "localhost")
        .writeTo(runDir);
  }
}
