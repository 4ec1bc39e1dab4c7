package org.edgefilter.framework.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edgefilter.framework.data.ArrayDataset;

/**
 * Trains {@link SmallCnn} for {@code warmup + measured} steps with an evaluation pass every epoch,
 * then prints {@code rss-kb <after warm-up> <at the end>} as its last line. Run by {@link
 * MemoryTest} in a JVM whose whole heap is touched up front, so that RSS growth measures native
 * memory rather than Java heap pages touched for the first time.
 */
public final class MemoryProbe {

  static final int WARMUP = 50;
  static final int MEASURED = 500;

  private MemoryProbe() {}

  /** Resident set size in kB, from the VmRSS line of /proc/self/status. */
  static long rssKb() {
    Path status = Path.of("/proc/self/status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + status, e);
    }
    throw new IllegalStateException("no VmRSS line in " + status);
  }

  public static void main(String[] args) {
    // 32x32 images in batches of 32: each feed is 128 kB, so leaking feeds alone would add ~64 MB.
    ArrayDataset data = SmallCnn.stripes(320, 9, 32);
    long[] rss = new long[2];
    try (SmallCnn cnn = new SmallCnn(5, Adam.defaults(), 32)) {
      TrainListener probe =
          new TrainListener() {
            @Override
            public void onStep(
                long step, double loss, double learningRate, double examplesPerSecond) {
              if (step == WARMUP - 1) {
                rss[0] = rssKb();
              } else if (step == WARMUP + MEASURED - 1) {
                rss[1] = rssKb();
              }
            }

            @Override
            public void onEpoch(int epoch, long steps, double meanLoss) {
              cnn.accuracy(data);
            }
          };
      // 10 batches per epoch, 55 epochs: 550 steps.
      TrainSummary summary = cnn.trainer(data, 32, 55, 0.005).optListener(probe).build().fit();
      if (summary.steps() != WARMUP + MEASURED) {
        throw new IllegalStateException("ran " + summary.steps() + " steps");
      }
    }
    System.out.println("rss-kb " + rss[0] + " " + rss[1]);
  }
}
