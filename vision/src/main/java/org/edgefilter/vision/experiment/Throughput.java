package org.edgefilter.vision.experiment;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.vision.model.Classifier;
import org.edgefilter.vision.model.ModelConfig;

/**
 * Training and TENT throughput (images/s) of a vision model with and without its filter, measured
 * in one process with the two arms alternating step by step so that a shared machine's drift hits
 * both; medians over the timed steps after warm-up.
 */
public final class Throughput {

  /** Figures of one comparison; rates in images per second. */
  public record Figures(
      String model,
      String filter,
      int trainBatch,
      int tentBatch,
      double trainBaseline,
      double trainFilter,
      double tentBaseline,
      double tentFilter) {

    /** A Markdown table. */
    public String table() {
      return String.format(
          Locale.ROOT,
          "| step | batch | baseline img/s | %s img/s | filter/baseline time ratio |%n"
              + "|---|---|---|---|---|%n"
              + "| train (%s) | %d | %.1f | %.1f | %.2fx |%n"
              + "| TENT step | %d | %.1f | %.1f | %.2fx |%n",
          filter,
          model,
          trainBatch,
          trainBaseline,
          trainFilter,
          trainBaseline / trainFilter,
          tentBatch,
          tentBaseline,
          tentFilter,
          tentBaseline / tentFilter);
    }
  }

  private Throughput() {}

  /** Measures {@code steps} timed steps after {@code warmup} of each kind. */
  public static Figures measure(
      ModelConfig model,
      FilterConfig filter,
      int trainBatch,
      int tentBatch,
      int warmup,
      int steps,
      PrintStream out) {
    float[] images = new float[trainBatch * 32 * 32 * 3];
    Random r = new Random(0);
    for (int i = 0; i < images.length; i++) {
      images[i] = (float) r.nextGaussian();
    }
    int[] labels = new int[trainBatch];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 10;
    }
    float[] tentImages = Arrays.copyOf(images, tentBatch * 32 * 32 * 3);
    try (Classifier base = new Classifier(model, filter.baseline(), 32, 10, 0, 0, 0);
        Classifier withFilter = new Classifier(model, filter, 32, 10, 0, 0, 0)) {
      List<Classifier> arms = List.of(base, withFilter);
      double[][] train = new double[2][steps];
      double[][] tent = new double[2][steps];
      for (int s = -warmup; s < steps; s++) {
        for (int a = 0; a < 2; a++) {
          Classifier c = arms.get(a);
          long t0 = System.nanoTime();
          try (Feeds f =
              Feeds.create()
                  .floats(c.images(), images, trainBatch, 32, 32, 3)
                  .ints(c.labels(), labels, trainBatch)) {
            c.trainStep().run(f, 1e-4, Math.max(s, 0));
          }
          long t1 = System.nanoTime();
          c.tentStep(tentImages, tentBatch, 1e-4, Math.max(s, 0));
          long t2 = System.nanoTime();
          if (s >= 0) {
            train[a][s] = trainBatch / ((t1 - t0) / 1e9);
            tent[a][s] = tentBatch / ((t2 - t1) / 1e9);
          }
        }
        if (out != null && s >= 0) {
          out.printf(
              Locale.ROOT,
              "step %d/%d: train %.1f vs %.1f img/s%n",
              s + 1,
              steps,
              train[0][s],
              train[1][s]);
        }
      }
      String name = base.net().name();
      return new Figures(
          name,
          filter.armName(),
          trainBatch,
          tentBatch,
          median(train[0]),
          median(train[1]),
          median(tent[0]),
          median(tent[1]));
    }
  }

  /**
   * One tab-separated line that {@code bench perf} parses: {@code throughput}, the model, the
   * filter, the four rates (train baseline, train filter, TENT baseline, TENT filter, images/s) and
   * this process's peak resident memory in MB (-1 where /proc is not available).
   */
  public static String machineLine(Figures f) {
    return String.format(
        Locale.ROOT,
        "throughput\t%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%d",
        f.model(),
        f.filter(),
        f.trainBaseline(),
        f.trainFilter(),
        f.tentBaseline(),
        f.tentFilter(),
        peakRssMb());
  }

  /** This process's peak resident set size in MB ({@code VmHWM} of /proc/self/status), or -1. */
  public static long peakRssMb() {
    try {
      for (String line :
          java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          // "VmHWM:   1234567 kB"
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (java.io.IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
