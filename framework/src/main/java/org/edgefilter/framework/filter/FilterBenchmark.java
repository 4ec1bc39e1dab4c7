package org.edgefilter.framework.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Measures the EdgeFilter's cost: forward and forward+backward milliseconds of {@code x -> ReLU ->
 * filter -> mean}, and their ratio to the same graph without the filter ({@code x -> ReLU ->
 * mean}), median of N runs after warm-up, every case measured in one process so the ratios share
 * the machine's state. {@code x} lives in a variable so no feed copy is timed; the backward pass
 * differentiates the mean with respect to {@code x} and reduces the gradient on the device.
 *
 * <p>Run: {@code mvn -q -pl framework exec:java
 * -Dexec.mainClass=org.edgefilter.framework.filter.FilterBenchmark [-Dexec.args="--runs 20"]}.
 */
public final class FilterBenchmark {

  /** One benchmark case: a spec on an input shape. */
  public record Case(String name, EdgeFilterSpec spec, long[] shape) {}

  /** The figures of one case; times in milliseconds (medians). */
  public record Figures(
      Case benchmarkCase,
      double forwardMs,
      double forwardBackwardMs,
      double baselineForwardMs,
      double baselineForwardBackwardMs) {

    public double forwardRatio() {
      return forwardMs / baselineForwardMs;
    }

    public double forwardBackwardRatio() {
      return forwardBackwardMs / baselineForwardBackwardMs;
    }
  }

  /** The cases the framework issue asks for, plus the other low-pass kinds at the small size. */
  public static List<Case> defaultCases() {
    return List.of(
        new Case("2D mean k=3", EdgeFilterSpec.highPass2d(3), new long[] {128, 32, 32, 32}),
        new Case("2D mean k=11", EdgeFilterSpec.highPass2d(11), new long[] {128, 160, 32, 32}),
        new Case("1D mean k=7", EdgeFilterSpec.highPass1d(7), new long[] {32, 50, 768}),
        new Case("2D gaussian k=5",
            EdgeFilterSpec.builder().kernelSize(5).lowPass(LowPass.gaussian()).build(),
            new long[] {128, 32, 32, 32}),
        new Case("2D median k=3",
            EdgeFilterSpec.builder().kernelSize(3).lowPass(LowPass.median()).build(),
            new long[] {128, 32, 32, 32}),
        new Case("2D discrete-gaussian k=5",
            EdgeFilterSpec.builder().kernelSize(5).lowPass(LowPass.discreteGaussian(1.0)).build(),
            new long[] {128, 32, 32, 32}));
  }

  private FilterBenchmark() {}

  public static void main(String[] args) {
    int runs = 20;
    int warmup = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException(
            "unknown argument " + args[i] + " (expected --runs N, --warmup N)");
      }
    }
    System.out.printf(Locale.ROOT, "EdgeFilter overhead, TensorFlow %s, %d cores, median of %d runs after %d warm-up%n",
        TensorFlow.version(), Runtime.getRuntime().availableProcessors(), runs, warmup);
    System.out.println(header());
    for (Case c : defaultCases()) {
      System.out.println(row(measure(c, runs, warmup)));
    }
  }

  /** The Markdown table header that {@link #row} fills. */
  public static String header() {
    return "| case | shape | forward ms | fwd+bwd ms | no-filter fwd ms | no-filter fwd+bwd ms"
        + " | forward ratio | fwd+bwd ratio |\n|---|---|---|---|---|---|---|---|";
  }

  /** One Markdown table row. */
  public static String row(Figures f) {
    return String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2fx | %.2fx |",
        f.benchmarkCase().name(), Arrays.toString(f.benchmarkCase().shape()), f.forwardMs(),
        f.forwardBackwardMs(), f.baselineForwardMs(), f.baselineForwardBackwardMs(),
        f.forwardRatio(), f.forwardBackwardRatio());
  }

  /** Measures one case with and without the filter. */
  public static Figures measure(Case c, int runs, int warmup) {
    double[] with = time(c.spec(), c.shape(), runs, warmup);
    double[] without = time(EdgeFilterSpec.identity(c.spec().dims()), c.shape(), runs, warmup);
    return new Figures(c, with[0], with[1], without[0], without[1]);
  }

  /** {forward median ms, forward+backward median ms}. */
  private static double[] time(EdgeFilterSpec spec, long[] shape, int runs, int warmup) {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Variable<TFloat32> x =
          tf.variable(tf.random.randomStandardNormal(tf.constant(shape), TFloat32.class));
      Operand<TFloat32> h = tf.nn.relu(x);
      Operand<TFloat32> y = spec.mode() == FilterMode.IDENTITY ? h : EdgeFilter.apply(tf, h, spec);
      Operand<TFloat32> loss = tf.math.mean(y, tf.constant(allAxes(shape.length)));
      Output<?>[] grad = g.addGradients(loss.asOutput(), new Output<?>[] {x.asOutput()});
      @SuppressWarnings("unchecked")
      Operand<TFloat32> gradSum =
          tf.sum((Operand<TFloat32>) grad[0], tf.constant(allAxes(shape.length)));
      try (Session s = new Session(g)) {
        s.initialize();
        double forward = medianMs(() -> s.runner().fetch(loss).run().close(), runs, warmup);
        double both =
            medianMs(() -> s.runner().fetch(loss).fetch(gradSum).run().close(), runs, warmup);
        return new double[] {forward, both};
      }
    }
  }

  private static double medianMs(Runnable step, int runs, int warmup) {
    for (int i = 0; i < warmup; i++) {
      step.run();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      step.run();
      ms.add((System.nanoTime() - t0) / 1e6);
    }
    ms.sort(null);
    int n = ms.size();
    return n % 2 == 1 ? ms.get(n / 2) : (ms.get(n / 2 - 1) + ms.get(n / 2)) / 2;
  }

  private static int[] allAxes(int rank) {
    int[] axes = new int[rank];
    for (int i = 0; i < rank; i++) {
      axes[i] = i;
    }
    return axes;
  }

  static Shape shapeOf(long[] dims) {
    return Shape.of(dims);
  }
}
