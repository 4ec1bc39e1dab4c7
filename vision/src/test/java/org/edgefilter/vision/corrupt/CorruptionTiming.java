package org.edgefilter.vision.corrupt;

import java.nio.file.Path;
import java.util.Optional;
import org.edgefilter.vision.data.Cifar10Files;
import org.edgefilter.vision.data.DataLocation;
import org.edgefilter.vision.data.ImageSet;

/**
 * Prints how long generating each corruption at each severity takes for the first N CIFAR-10 test
 * images (default 1000) on this machine, and the total for the 15 benchmark corruptions x 5
 * severities. A benchmark, not a test: run with {@code mvn -pl vision exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.edgefilter.vision.corrupt.CorruptionTiming}.
 */
public final class CorruptionTiming {

  private CorruptionTiming() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path data = DataLocation.resolve(Optional.empty());
    ImageSet clean = Cifar10Files.subsetTest(data).slice(0, n);
    CorruptionGenerator gen = CorruptionGenerator.builder(Resolution.CIFAR).optSeed(1).build();
    // warm up the JIT on a few images so the first corruption is not charged for it
    for (Corruption c : Corruption.values()) {
      gen.corrupt(clean.slice(0, Math.min(20, n)), c, 3);
    }
    long totalBenchmark = 0;
    System.out.printf("threads: %d, images: %d%n", Runtime.getRuntime().availableProcessors(), n);
    for (Corruption c : Corruption.values()) {
      long start = System.nanoTime();
      for (int s = 1; s <= 5; s++) {
        gen.corrupt(clean, c, s);
      }
      long ns = System.nanoTime() - start;
      if (c.isBenchmark()) {
        totalBenchmark += ns;
      }
      System.out.printf("%-18s 5 severities: %7.2f s%n", c.id(), ns / 1e9);
    }
    System.out.printf(
        "15 benchmark corruptions x 5 severities x %d images: %.1f s%n", n, totalBenchmark / 1e9);
  }
}
