package org.edgefilter.framework.filter;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./edgefilter filter-bench}: the EdgeFilter's cost as forward and forward+backward
 * milliseconds of a host graph with the filter and their ratio to the same graph without it, median
 * of N runs after warm-up. The two graphs run alternately (one run of each per round), so slow
 * drifts of a shared machine hit both: read the ratios, not the milliseconds. {@code x} lives in a
 * variable so no feed copy is timed; the backward pass differentiates the mean of the output with
 * respect to {@code x} and reduces the gradient on the device.
 *
 * <p>Host graphs: {@code op} is {@code x -> ReLU -> [filter] -> mean}, the op's own cost against
 * almost nothing; {@code conv} is {@code x -> conv3x3 (C -> C) -> ReLU -> [filter] -> mean}, the
 * cost relative to the layer that the filter follows in a CNN (2D cases only).
 */
@Command(
    name = "filter-bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "EdgeFilter cost: every mean and Gaussian case under ZERO and REFLECT padding "
            + "(and the median), forward and forward+backward, as ratios to the same host graph "
            + "without the filter, measured alternately in one run.")
public final class FilterBenchmark implements Callable<Integer> {

  /** One benchmark case: a spec on an input shape. */
  public record Case(String name, EdgeFilterSpec spec, long[] shape) {

    /** The case's name with its padding, e.g. {@code 2D mean k=3 REFLECT}. */
    public String label() {
      return name + " " + spec.padding();
    }
  }

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

  @Option(
      names = "--runs",
      defaultValue = "20",
      description = "Timed runs per case and graph " + "(default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Warm-up runs (default: " + "${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--conv", description = "Also time the 2D cases after a 3x3 convolution.")
  boolean conv;

  @Option(names = "--forward-only", description = "Skip the forward+backward timing.")
  boolean forwardOnly;

  @Option(
      names = "--case",
      paramLabel = "TEXT",
      description =
          "Only cases whose label contains "
              + "TEXT (case-insensitive), e.g. 'k=11' or 'REFLECT'; repeatable.")
  List<String> only = new ArrayList<>();

  private static final long[] SMALL = {128, 32, 32, 32};

  /**
   * Every mean and Gaussian case under ZERO and REFLECT, and the median under REFLECT. Shapes are
   * NHWC: {@code [128, 160, 32, 32]} (WRN-28-10 after block 1, in PyTorch's NCHW) is {@code [128,
   * 32, 32, 160]} here; {@code [32, 50, 768]} is ViT-B/32's 50 tokens of width 768.
   */
  public static List<Case> defaultCases() {
    List<Case> out = new ArrayList<>();
    for (Padding padding : new Padding[] {Padding.ZERO, Padding.REFLECT}) {
      EdgeFilterSpec.Builder b = EdgeFilterSpec.builder().padding(padding);
      out.add(new Case("2D mean k=3", b.kernelSize(3).lowPass(LowPass.mean()).build(), SMALL));
      out.add(
          new Case(
              "2D mean k=11",
              b.kernelSize(11).lowPass(LowPass.mean()).build(),
              new long[] {128, 32, 32, 160}));
      out.add(
          new Case("2D gaussian k=5", b.kernelSize(5).lowPass(LowPass.gaussian()).build(), SMALL));
      out.add(
          new Case(
              "2D discrete-gaussian k=5",
              b.kernelSize(5).lowPass(LowPass.discreteGaussian(1.0)).build(),
              SMALL));
      out.add(
          new Case(
              "1D mean k=7",
              b.dims(1).kernelSize(7).lowPass(LowPass.mean()).build(),
              new long[] {32, 50, 768}));
    }
    out.add(
        new Case(
            "2D median k=3",
            EdgeFilterSpec.builder().kernelSize(3).lowPass(LowPass.median()).build(),
            SMALL));
    return List.copyOf(out);
  }

  /** The cases whose label contains one of {@code filters} (all when empty). */
  public static List<Case> select(List<Case> cases, List<String> filters) {
    if (filters.isEmpty()) {
      return cases;
    }
    List<Case> out = new ArrayList<>();
    for (Case c : cases) {
      String label = c.label().toLowerCase(Locale.ROOT);
      if (filters.stream().anyMatch(f -> label.contains(f.toLowerCase(Locale.ROOT)))) {
        out.add(c);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          "no benchmark case matches "
              + filters
              + "; cases: "
              + cases.stream().map(Case::label).toList());
    }
    return out;
  }

  public FilterBenchmark() {}

  /** Exit code of a bad argument or a case filter that matches nothing. */
  public static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new FilterBenchmark());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof IllegalArgumentException) {
            cmd.getErr().println("error: " + e.getMessage());
            cmd.getErr().flush();
            return EXIT_USAGE;
          }
          throw e;
        });
    System.exit(cli.execute(args));
  }

  @Override
  public Integer call() {
    if (runs < 1 || warmup < 0) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "--runs must be >= 1 and --warmup >= 0, got " + runs + " and " + warmup);
    }
    List<Case> cases = select(defaultCases(), only);
    System.out.println(preamble(runs, warmup));
    System.out.println(header());
    measureRows(cases, false, runs, warmup, !forwardOnly);
    if (conv) {
      measureRows(
          cases.stream().filter(c -> c.spec().dims() == 2).toList(),
          true,
          runs,
          warmup,
          !forwardOnly);
    }
    return 0;
  }

  /**
   * Measures every case as {@link #measure(Case, boolean, int, int, boolean)} does and prints its
   * {@link #row} to standard output as soon as it is measured.
   *
   * @return the figures, in the order of {@code cases}
   */
  public static List<Figures> measureRows(
      List<Case> cases, boolean conv, int runs, int warmup, boolean backward) {
    List<Figures> figures = new ArrayList<>();
    for (Case c : cases) {
      Figures f = measure(c, conv, runs, warmup, backward);
      System.out.println(row(f));
      figures.add(f);
    }
    return List.copyOf(figures);
  }

  /** What was measured and on what: TF version, cores, runs, the load average. */
  public static String preamble(int runs, int warmup) {
    return String.format(
        Locale.ROOT,
        "EdgeFilter cost, TensorFlow %s, %d cores, load average %s, median of %d runs after %d"
            + " warm-up; ratios are to the same host graph without the filter",
        TensorFlow.version(),
        Runtime.getRuntime().availableProcessors(),
        loadAverage(),
        runs,
        warmup);
  }

  /** The 1-minute load average (the machine is shared: it says how far to trust milliseconds). */
  public static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
  }

  /** The Markdown table header that {@link #row} fills. */
  public static String header() {
    return "| case | host graph | shape | forward ms | fwd+bwd ms | no-filter fwd ms"
        + " | no-filter fwd+bwd ms | forward ratio | fwd+bwd ratio |\n"
        + "|---|---|---|---|---|---|---|---|---|";
  }

  /** One Markdown table row ({@code -} where forward+backward was not timed). */
  public static String row(Figures f) {
    boolean both = !Double.isNaN(f.forwardBackwardMs());
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %.2f | %s | %.2f | %s | %.2fx | %s |",
        f.benchmarkCase().label(),
        f.host(),
        Arrays.toString(f.benchmarkCase().shape()),
        f.forwardMs(),
        both ? String.format(Locale.ROOT, "%.2f", f.forwardBackwardMs()) : "-",
        f.baselineForwardMs(),
        both ? String.format(Locale.ROOT, "%.2f", f.baselineForwardBackwardMs()) : "-",
        f.forwardRatio(),
        both ? String.format(Locale.ROOT, "%.2fx", f.forwardBackwardRatio()) : "-");
  }

  /** Measures one case with and without the filter, forward and forward+backward. */
  public static Figures measure(Case c, boolean conv, int runs, int warmup) {
    return measure(c, conv, runs, warmup, true);
  }

  /**
   * Measures one case with and without the filter, in the op-only or the conv host graph; the
   * forward+backward figures are NaN unless {@code backward}.
   */
  public static Figures measure(Case c, boolean conv, int runs, int warmup, boolean backward) {
    try (Timed with = new Timed(c.spec(), c.shape(), conv);
        Timed without = new Timed(EdgeFilterSpec.identity(c.spec().dims()), c.shape(), conv)) {
      double[][] forward = alternate(with::forward, without::forward, runs, warmup);
      double[][] both =
          backward
              ? alternate(with::forwardBackward, without::forwardBackward, runs, warmup)
              : new double[][] {{Double.NaN}, {Double.NaN}};
      return new Figures(
          c,
          conv ? "conv" : "op",
          median(forward[0]),
          median(both[0]),
          median(forward[1]),
          median(both[1]));
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
        Variable<TFloat32> kernel =
            tf.variable(
                tf.math.mul(
                    tf.random.randomStandardNormal(
                        tf.constant(new long[] {3, 3, c, c}), TFloat32.class),
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
