package org.edgefilter.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.edgefilter.framework.filter.FilterBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The performance figures of issue 17 in one command and one Markdown table: the EdgeFilter op's
 * cost (in this process, every mean and Gaussian case under ZERO and REFLECT, and the median) and
 * the vision training / TENT throughput with and without the filter (a separate process through the
 * project's launcher, since bench does not depend on the vision module). Every comparison is a
 * ratio measured within this run. {@code --check} fails (exit 1) when a ratio exceeds its bound
 * ({@link PerfTable.Bounds}); it never compares absolute times.
 */
@Command(
    name = "perf",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Filter-op cost (ratio to the no-filter host graph, ZERO and REFLECT) and "
            + "WRN-16-4 training / TENT throughput with and without the filter, as one Markdown "
            + "table; --check fails when a ratio exceeds its bound.")
final class PerfCommand implements Callable<Integer> {

  /** Exit code of a failed {@code --check}. */
  static final int EXIT_CHECK_FAILED = 1;

  @Option(
      names = "--runs",
      defaultValue = "20",
      description = "Timed runs per filter case " + "(default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Warm-up runs (default: " + "${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--no-throughput", description = "Skip the vision training throughput.")
  boolean noThroughput;

  @Option(
      names = "--steps",
      defaultValue = "10",
      description = "Timed training steps (default: " + "${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to FILE.")
  Path out;

  @Option(names = "--check", description = "Fail (exit 1) when a ratio exceeds its bound.")
  boolean check;

  @Option(
      names = "--max-linear-ratio",
      paramLabel = "R",
      description =
          "Bound on a mean or "
              + "Gaussian case's forward ratio to its no-filter host graph (default: 10.0).")
  Double maxLinear;

  @Option(
      names = "--max-median-ratio",
      paramLabel = "R",
      description = "Bound on the median " + "case's forward ratio (default: 40.0).")
  Double maxMedian;

  @Option(
      names = "--max-reflect-over-zero",
      paramLabel = "R",
      description =
          "Bound on REFLECT's " + "forward ratio over ZERO's for the same case (default: 1.6).")
  Double maxReflect;

  @Option(
      names = "--max-step-ratio",
      paramLabel = "R",
      description =
          "Bound on a training or " + "TENT step's filter/baseline time ratio (default: 1.25).")
  Double maxStep;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (runs < 1 || warmup < 0 || steps < 1) {
      throw new IllegalArgumentException("--runs and --steps must be >= 1, --warmup >= 0");
    }
    PerfTable.Bounds d = PerfTable.Bounds.defaults();
    PerfTable.Bounds bounds =
        new PerfTable.Bounds(
            maxLinear != null ? maxLinear : d.linear(),
            maxMedian != null ? maxMedian : d.median(),
            maxReflect != null ? maxReflect : d.reflectOverZero(),
            maxStep != null ? maxStep : d.step());
    // Validate the output path before the minutes of measuring.
    if (out != null
        && out.toAbsolutePath().getParent() != null
        && !Files.isDirectory(out.toAbsolutePath().getParent())) {
      throw new IllegalArgumentException("--out " + out + ": its folder does not exist");
    }
    String preamble = FilterBenchmark.preamble(runs, warmup);
    System.out.println(preamble);
    System.out.println(FilterBenchmark.header());
    List<FilterBenchmark.Figures> ops =
        FilterBenchmark.measureRows(FilterBenchmark.defaultCases(), false, runs, warmup, false);
    Optional<PerfTable.Throughput> throughput = noThroughput ? Optional.empty() : throughput();
    PerfTable table = new PerfTable(ops, throughput);
    String markdown =
        preamble + ", load after: " + FilterBenchmark.loadAverage() + "\n\n" + table.markdown();
    System.out.println();
    System.out.print(markdown);
    if (out != null) {
      Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
      Files.writeString(tmp, markdown, StandardCharsets.UTF_8);
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    if (check) {
      List<String> violations = table.check(bounds);
      if (!violations.isEmpty()) {
        System.err.println(
            "error: bench perf --check: " + violations.size() + " ratio(s) beyond their bounds:");
        violations.forEach(v -> System.err.println("  " + v));
        return EXIT_CHECK_FAILED;
      }
      System.out.println("\ncheck passed: every ratio within its bound " + bounds);
    }
    return 0;
  }

  /** Runs {@code ./edgefilter vision throughput --machine} and parses its figures line. */
  private Optional<PerfTable.Throughput> throughput() throws IOException, InterruptedException {
    String home = System.getProperty("edgefilter.home");
    Path launcher = home == null ? null : Path.of(home, "edgefilter");
    if (launcher == null || !Files.isExecutable(launcher)) {
      System.out.println(
          "\nvision throughput skipped: start bench through ./edgefilter (the"
              + " launcher was not found), or run `./edgefilter vision throughput`");
      return Optional.empty();
    }
    System.out.println("\nWRN-16-4 throughput (./edgefilter vision throughput --machine):");
    Process p =
        new ProcessBuilder(
                launcher.toString(), "vision", "throughput", "--steps", "" + steps, "--machine")
            .redirectErrorStream(true)
            .start();
    PerfTable.Throughput figures = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("throughput\t")) {
          figures = PerfTable.Throughput.parse(line);
        } else {
          System.out.println("  " + line);
        }
      }
    }
    int code = p.waitFor();
    if (code != 0 || figures == null) {
      throw new IllegalStateException(
          "vision throughput failed (exit "
              + code
              + ")"
              + (figures == null ? " and printed no throughput line" : ""));
    }
    return Optional.of(figures);
  }
}
