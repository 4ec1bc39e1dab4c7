package org.edgefilter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.edgefilter.framework.filter.FilterBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The performance benchmarks in one command: the EdgeFilter's overhead (in this process) and the
 * vision training / TENT throughput with and without the filter (a separate process through the
 * project's launcher, since bench does not depend on the vision module). Figures are ratios
 * measured within one run.
 */
@Command(name = "perf", mixinStandardHelpOptions = true,
    description = "Filter overhead (forward, forward+backward, ratio to no filter) and WRN-16-4 "
        + "training / TENT throughput with and without the filter.")
final class PerfCommand implements Callable<Integer> {

  @Option(names = "--runs", defaultValue = "20", description = "Timed runs per filter case (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--warmup", defaultValue = "5", description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--conv", description = "Also time the filter after a 3x3 convolution.")
  boolean conv;

  @Option(names = "--no-throughput", description = "Skip the vision training throughput.")
  boolean noThroughput;

  @Option(names = "--steps", defaultValue = "10", description = "Timed training steps (default: ${DEFAULT-VALUE}).")
  int steps;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("--runs", "" + runs, "--warmup", "" + warmup));
    if (conv) {
      args.add("--conv");
    }
    FilterBenchmark.main(args.toArray(String[]::new));
    if (noThroughput) {
      return 0;
    }
    String home = System.getProperty("edgefilter.home");
    Path launcher = home == null ? null : Path.of(home, "edgefilter");
    if (launcher == null || !Files.isExecutable(launcher)) {
      System.out.println("\nvision throughput: run `./edgefilter vision throughput` (the launcher was"
          + " not found; start bench through ./edgefilter to run both)");
      return 0;
    }
    System.out.println("\nWRN-16-4 throughput (./edgefilter vision throughput):");
    Process p = new ProcessBuilder(launcher.toString(), "vision", "throughput", "--steps", "" + steps)
        .inheritIO().start();
    return p.waitFor();
  }
}
