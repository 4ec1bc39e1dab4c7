package org.edgefilter.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.edgefilter.framework.filter.FilterBenchmark;
import org.edgefilter.framework.filter.Padding;

/**
 * The figures of issue 17's table from one {@code bench perf} run, as one Markdown table, and the
 * regression check of {@code bench perf --check}. Pure: built from measured figures, so tests check
 * the table and the bounds on fixed numbers and CI never times anything.
 *
 * @param ops the filter-op figures, one per case (forward; the op host graph)
 * @param throughput the WRN-16-4 training / TENT figures, if they were measured
 */
public record PerfTable(List<FilterBenchmark.Figures> ops, Optional<Throughput> throughput) {

  /**
   * Training and TENT rates (images/s) with and without the filter, measured alternately step by
   * step in one process, and that process's peak RSS in MB (-1 when unknown).
   */
  public record Throughput(
      String model,
      String filter,
      double trainBaseline,
      double trainFilter,
      double tentBaseline,
      double tentFilter,
      long peakRssMb) {

    /**
     * Parses the {@code throughput} line of {@code vision throughput --machine}.
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static Throughput parse(String line) {
      String[] f = line.split("\t");
      if (f.length != 8 || !f[0].equals("throughput")) {
        throw new IllegalArgumentException(
            "expected `throughput<TAB>model<TAB>filter<TAB>4 rates"
                + "<TAB>peak RSS MB` from vision throughput --machine, got: "
                + line);
      }
      try {
        return new Throughput(
            f[1],
            f[2],
            Double.parseDouble(f[3]),
            Double.parseDouble(f[4]),
            Double.parseDouble(f[5]),
            Double.parseDouble(f[6]),
            Long.parseLong(f[7]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("a rate or the RSS is not a number in: " + line, e);
      }
    }
  }

  /**
   * The bounds of {@code --check}: each a ratio measured within one run, never a time.
   *
   * @param linear the largest forward ratio of a mean or Gaussian case to its no-filter host graph
   * @param median the largest forward ratio of the median case
   * @param reflectOverZero the largest ratio of a case's REFLECT forward time to its ZERO time
   * @param step the largest filter/baseline time ratio of a training or TENT step
   */
  public record Bounds(double linear, double median, double reflectOverZero, double step) {

    /**
     * The defaults, with headroom over what a loaded 2-core machine measured (docs/performance.md:
     * linear cases 1.5x-6x, median about 10x-20x, REFLECT/ZERO 0.9-1.3, steps 1.0-1.1): they catch
     * a regression such as the old MirrorPad (REFLECT 3-4x ZERO) without failing on noise.
     */
    public static Bounds defaults() {
      return new Bounds(10.0, 40.0, 1.6, 1.25);
    }
  }

  /** The Markdown table: one row per figure of the table, with the goal beside it. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| figure | ours | filter / no-filter (same run) | goal (issue 17) |\n");
    out.append("|---|---|---|---|\n");
    row(out, "2D mean k=11", Padding.REFLECT, "<= 40 ms");
    row(out, "2D mean k=11", Padding.ZERO, "<= 30 ms");
    row(out, "2D mean k=3", Padding.REFLECT, "<= 5 ms");
    row(out, "2D mean k=3", Padding.ZERO, "<= 3 ms");
    row(out, "2D median k=3", Padding.REFLECT, "<= 60 ms");
    row(out, "1D mean k=7", Padding.REFLECT, "keep (4.7-5.0 ms)");
    row(out, "1D mean k=7", Padding.ZERO, "keep");
    for (String name : List.of("2D gaussian k=5", "2D discrete-gaussian k=5")) {
      row(out, name, Padding.REFLECT, "-");
      row(out, name, Padding.ZERO, "-");
    }
    find("2D mean k=3", Padding.REFLECT)
        .ifPresent(
            f ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "| ReLU -> mean alone on %s (no filter) | %.2f ms | - | <= 1.5 ms |%n",
                        shape(f),
                        f.baselineForwardMs())));
    throughput.ifPresent(
        t -> {
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %s training (baseline / %s) | %.1f / %.1f img/s | %.3fx time | >= 70 img/s"
                      + " |%n",
                  t.model(),
                  t.filter(),
                  t.trainBaseline(),
                  t.trainFilter(),
                  t.trainBaseline() / t.trainFilter()));
          out.append(
              String.format(
                  Locale.ROOT,
                  "| TENT step on %s (baseline / %s) | %.1f / %.1f img/s | %.3fx time | >= 105"
                      + " img/s |%n",
                  t.model(),
                  t.filter(),
                  t.tentBaseline(),
                  t.tentFilter(),
                  t.tentBaseline() / t.tentFilter()));
          out.append(
              String.format(
                  Locale.ROOT,
                  "| filter overhead, training step | %+.1f%% | %.3fx | <= +2%% |%n",
                  100 * (t.trainBaseline() / t.trainFilter() - 1),
                  t.trainBaseline() / t.trainFilter()));
          out.append(
              String.format(
                  Locale.ROOT,
                  "| filter overhead, TENT step | %+.1f%% | %.3fx | <= +2%% |%n",
                  100 * (t.tentBaseline() / t.tentFilter() - 1),
                  t.tentBaseline() / t.tentFilter()));
          out.append(
              String.format(
                  Locale.ROOT,
                  "| peak RSS of the throughput process (%s, both arms) | %s | - | (quick"
                      + " experiment: <= 1.2 GB, docs/performance.md) |%n",
                  t.model(),
                  t.peakRssMb() < 0 ? "unknown" : t.peakRssMb() + " MB"));
        });
    return out.toString();
  }

  /** The violated bounds, one message each; empty when every measured ratio is within its bound. */
  public List<String> check(Bounds bounds) {
    List<String> out = new ArrayList<>();
    for (FilterBenchmark.Figures f : ops) {
      boolean median = f.benchmarkCase().name().contains("median");
      double bound = median ? bounds.median() : bounds.linear();
      if (!(f.forwardRatio() <= bound)) {
        out.add(
            String.format(
                Locale.ROOT,
                "%s: forward %.2fx its no-filter host graph, bound %.2fx",
                f.benchmarkCase().label(),
                f.forwardRatio(),
                bound));
      }
      if (f.benchmarkCase().spec().padding() == Padding.REFLECT) {
        find(f.benchmarkCase().name(), Padding.ZERO)
            .ifPresent(
                zero -> {
                  double ratio = f.forwardRatio() / zero.forwardRatio();
                  if (!(ratio <= bounds.reflectOverZero())) {
                    out.add(
                        String.format(
                            Locale.ROOT,
                            "%s: REFLECT costs %.2fx ZERO (ratios to no-filter %.2fx vs %.2fx),"
                                + " bound %.2fx",
                            f.benchmarkCase().name(),
                            ratio,
                            f.forwardRatio(),
                            zero.forwardRatio(),
                            bounds.reflectOverZero()));
                  }
                });
      }
    }
    throughput.ifPresent(
        t -> {
          double train = t.trainBaseline() / t.trainFilter();
          double tent = t.tentBaseline() / t.tentFilter();
          if (!(train <= bounds.step())) {
            out.add(
                String.format(
                    Locale.ROOT,
                    "training step: filter/baseline %.3fx, bound %.2fx",
                    train,
                    bounds.step()));
          }
          if (!(tent <= bounds.step())) {
            out.add(
                String.format(
                    Locale.ROOT,
                    "TENT step: filter/baseline %.3fx, bound %.2fx",
                    tent,
                    bounds.step()));
          }
        });
    return out;
  }

  private void row(StringBuilder out, String name, Padding padding, String goal) {
    find(name, padding)
        .ifPresent(
            f ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "| %s on %s, ReLU -> filter -> mean, forward | %.2f ms | %.2fx | %s |%n",
                        f.benchmarkCase().label(),
                        shape(f),
                        f.forwardMs(),
                        f.forwardRatio(),
                        goal)));
  }

  private Optional<FilterBenchmark.Figures> find(String name, Padding padding) {
    return ops.stream()
        .filter(
            f ->
                f.benchmarkCase().name().equals(name)
                    && f.benchmarkCase().spec().padding() == padding)
        .findFirst();
  }

  private static String shape(FilterBenchmark.Figures f) {
    return java.util.Arrays.toString(f.benchmarkCase().shape());
  }
}
