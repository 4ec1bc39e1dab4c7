package org.edgefilter.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.edgefilter.bench.collect.CollectSummary;
import org.edgefilter.bench.collect.Collector;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.collect.RunsCsv;
import org.edgefilter.bench.sweep.SweepSpec;
import org.edgefilter.bench.sweep.SweepSpecFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench collect}: what a (shared) runs directory holds and what is missing. */
@Command(
    name = "collect",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every result.json under RUNS_DIR (e.g. after a Slurm array finished), checks them "
          + "(duplicates, conflicting metric directions), lists runs per arm, the seeds a sweep "
          + "spec expected but did not find, run directories without a result, and result.json "
          + "files that could not be used (truncated, NaN, no higher_is_better: skipped with "
          + "the reason), and writes all metrics as one long CSV.",
      "Exit code: 0; 1 with --require-complete when something is missing or skipped; 2 on "
          + "bad input."
    })
final class CollectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUNS_DIR", description = "The runs directory.")
  Path runsDir;

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "Sweep spec whose runs should be there.")
  Path specFile;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Where to write the long CSV (default: RUNS_DIR/runs.csv).")
  Path csv;

  @Option(names = "--no-csv", description = "Do not write the CSV.")
  boolean noCsv;

  @Option(
      names = "--require-complete",
      description =
          "Exit 1 when a spec run is missing, a run directory has no result or a "
              + "result.json was skipped.")
  boolean requireComplete;

  @Override
  public Integer call() {
    SweepSpec sweep = specFile == null ? null : SweepSpecFile.read(specFile).build();
    ResultSet results = ResultSet.scan(runsDir);
    CollectSummary summary = Collector.collect(results, sweep);
    PrintWriter out = spec.commandLine().getOut();
    out.print(summary.render());
    if (!noCsv) {
      Path file = csv != null ? csv : runsDir.resolve("runs.csv");
      RunsCsv.write(results, file);
      out.println("wrote " + file);
    }
    out.flush();
    return requireComplete && !summary.complete() ? 1 : 0;
  }
}
