package org.edgefilter.framework.filter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Measures the EdgeFilter's cost: forward and forward+backward milliseconds of a host graph with
 * the filter and their ratio to the same graph without it, median of N runs after warm-up. The two
 * graphs run alternately (one run of each per round), so slow drifts of a shared machine hit both.
 * {@code x} lives in a variable so no feed copy is timed; the backward pass differentiates the
 * mean of the output with respect to {@code x} and reduces the gradient on the device.
 *
 * <p>Host graphs: {@code op} is {@code x -> ReLU -> [filter] -> mean}, the op's own cost against
 * almost nothing; {@code conv} is {@code x -> conv3x3 (C -> C) -> ReLU -> [filter] -> mean}, the
 * cost relative to the layer that the filter follows in a CNN (2D cases only).
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
      String host,
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

  /**
   * The cases the framework issue asks for, plus the other low-pass kinds at the small size. Shapes
   * are NHWC: the issue's {@code [128, 160, 32, 32]} (WRN-28-10 after block 1, in PyTorch's NCHW) is
   * {@code [128, 32, 32, 160]} here; {@code [32, 50, 768]} is ViT-B/32's 50 tokens of width 768.
   */
  public static List<Case> defaultCases() {
    return List.of(
        new Case("2D mean k=3", EdgeFilterSpec.highPass2d(3), new long[] {128, 32, 32, 32}),
        new Case("2D mean k=11", EdgeFilterSpec.highPass2d(11), new long[] {128, 32, 32, 160}),
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
    boolean conv = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--conv" -> conv = true;
        default -> throw new IllegalArgumentException(
            "unknown argument " + args[i] + " (expected --runs N, --warmup N, --conv)");
      }
    }
    System.out.printf(Locale.ROOT, "EdgeFilter overhead, TensorFlow %s, %d cores, median of %d runs after %d warm-up%n",
        TensorFlow.version(), Runtime.getRuntime().availableProcessors(), runs, warmup);
    System.out.println(header());
    for (Case c : defaultCases()) {
      System.out.println(row(measure(c, false, runs, warmup)));
    }
    if (conv) {
      for (Case c : defaultCases()) {
        if (c.spec().dims() == 2) {
          System.out.println(row(measure(c, true, runs, warmup)));
        }
      }
    }
  }

  /** The Markdown table header that {@link #row} fills. */
  public static String header() {
    return "| case | host graph | shape | forward ms | fwd+bwd ms | no-filter fwd ms | no-filter fwd+bwd ms"
        + " | forward ratio | fwd+bwd ratio |\n|---|---|---|---|---|---|---|---|---|";
  }

  /** One Markdown table row. */
  public static String row(Figures f) {
    return String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.2fx | %.2fx |",
        f.benchmarkCase().name(), f.host(), Arrays.toString(f.benchmarkCase().shape()), f.forwardMs(),
        f.forwardBackwardMs(), f.baselineForwardMs(), f.baselineForwardBackwardMs(),
        f.forwardRatio(), f.forwardBackwardRatio());
  }

  /** Measures one case with and without the filter, in the op-only or the conv host graph. */
  public static Figures measure(Case c, boolean conv, int runs, int warmup) {
    try (Timed with = new Timed(c.spec(), c.shape(), conv);
        Timed without = new Timed(EdgeFilterSpec.identity(c.spec().dims()), c.shape(), conv)) {
      double[][] forward = alternate(with::forward, without::forward, runs, warmup);
      double[][] both = alternate(with::forwardBackward, without::forwardBackward, runs, warmup);
      return new Figures(c, conv ? "conv" : "op", median(forward[0]), median(both[0]),
          median(forward[1]), median(both[1]));
    }
  }

  /** One host graph in its own session. */
  private static final class Timed implements AutoCloseable {
    private final Graph graph = new Graph();
    private final Session session;
    private final Operand<TFloat32> loss;
    private final Operand<TFloat32> gradSum;

    Timed(EdgeFilterSpec spec, long[] shape, boolean conv) {
      Ops tf = Ops.create(graph);
      Variable<TFloat32> x =
          tf.variable(tf.random.randomStandardNormal(tf.constant(shape), TFloat32.class));
      Operand<TFloat32> h = x;
      if (conv) {
        long c = shape[shape.length - 1];
        Variable<TFloat32> kernel = tf.variable(tf.math.mul(
            tf.random.randomStandardNormal(tf.constant(new long[] {3, 3, c, c}), TFloat32.class),
            tf.constant((float) Math.sqrt(2.0 / (9 * c)))));
        h = tf.nn.conv2d(h, kernel, List.of(1L, 1L, 1L, 1L), "SAME");
      }
      h = tf.nn.relu(h);
      Operand<TFloat32> y = spec.mode() == FilterMode.IDENTITY ? h : EdgeFilter.apply(tf, h, spec);
      loss = tf.math.mean(y, tf.constant(allAxes(shape.length)));
      Output<?>[] grad = graph.addGradients(loss.asOutput(), new Output<?>[] {x.asOutput()});
      @SuppressWarnings("unchecked")
      Operand<TFloat32> g = (Operand<TFloat32>) grad[0];
      gradSum = tf.sum(g, tf.constant(allAxes(shape.length)));
      session = new Session(graph);
      session.initialize();
    }

    void forward() {
      session.runner().fetch(loss).run().close();
    }

    void forwardBackward() {
      session.runner().fetch(loss).fetch(gradSum).run().close();
    }

    @Override
    public void close() {
      session.close();
      graph.close();
    }
  }

  /** Times {@code a} and {@code b} alternately: {times of a, times of b} in milliseconds. */
  private static double[][] alternate(Runnable a, Runnable b, int runs, int warmup) {
    for (int i = 0; i < warmup; i++) {
      a.run();
      b.run();
    }
    double[][] ms = new double[2][runs];
    for (int i = 0; i < runs; i++) {
      ms[0][i] = timeMs(a);
      ms[1][i] = timeMs(b);
    }
    return ms;
  }

  private static double timeMs(Runnable step) {
    long t0 = System.nanoTime();
    step.run();
    return (System.nanoTime() - t0) / 1e6;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static int[] allAxes(int rank) {
    int[] axes = new int[rank];
    for (int i = 0; i < rank; i++) {
      axes[i] = i;
    }
    return axes;
  }
}
