package org.edgefilter.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.edgefilter.bench.ablation.AblationSpec;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.compare.Comparison;
import org.edgefilter.bench.compare.ComparisonSettings;
import org.edgefilter.bench.report.AblationReport;
import org.edgefilter.bench.sweep.SweepSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench ablation}: run an ablation file, or report it per factor. */
@Command(
    name = "ablation",
    mixinStandardHelpOptions = true,
    description =
        "An ablation is a sweep over filter factors (kernel size, position, low-pass kind, padding,"
            + " mode) around defaults, with one shared baseline arm, defined in a file (e.g."
            + " ablations/vision.json).",
    subcommands = {
      AblationCommand.Run.class,
      AblationCommand.Report.class,
      CommandLine.HelpCommand.class
    })
final class AblationCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: run or report");
  }

  /**
   * The ablation file a subcommand works on ({@code FILE}) and the runs root that replaces the
   * file's ({@code --runs}), as a picocli mixin.
   */
  static final class FileOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "The ablation file.")
    Path file;

    @Option(names = "--runs", paramLabel = "DIR", description = "Runs root (default: the file's).")
    Path runs;

    /** The runs root: {@code --runs}, else {@code ablation}'s. */
    Path runs(AblationSpec ablation) {
      return runs != null ? runs : ablation.runs();
    }
  }

  /** {@code bench ablation run FILE}. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Runs every arm of the ablation with its seeds (the same as bench sweep "
            + "--spec FILE): resumable, a run with a result.json is not repeated.",
        "Exit code: 0 when every run has a result.json, 1 when some failed, 2 on bad input."
      })
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin FileOptions ablationFile;

    @Option(names = "--parallel", paramLabel = "N", description = "Runs at once.")
    Integer parallel;

    @Option(names = "--dry-run", description = "Print the runs and their commands; run nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
      AblationSpec ablation = AblationSpec.read(ablationFile.file);
      SweepSpec.Builder b = ablation.toSweepBuilder().optRuns(ablationFile.runs(ablation));
      if (parallel != null) {
        b.optParallel(parallel);
      }
      SweepSpec sweep = b.build();
      PrintWriter out = spec.commandLine().getOut();
      if (dryRun) {
        SweepCommand.printPlan(sweep, out);
        return 0;
      }
      return SweepCommand.runHere(sweep, out);
    }
  }

  /** {@code bench ablation report FILE}. */
  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description = {
        "Per factor and metric: the metric against the level with 95%% CI bars "
            + "(plots/*.png) and the paired comparison of every level with the baseline arm, "
            + "Holm-adjusted within the ablation; writes ablation.md and ablation.html.",
        "Exit code: 0; 2 on bad input (no baseline runs, unreadable file)."
      })
  static final class Report implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin FileOptions ablationFile;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        description = "Report directory (default: <runs>/<modality>/<experiment>/report).")
    Path out;

    @Mixin VerdictOptions verdict;

    @Override
    public Integer call() {
      AblationSpec ablation = AblationSpec.read(ablationFile.file);
      Path root = ablationFile.runs(ablation);
      Path dir =
          out != null
              ? out
              : root.resolve(ablation.modality()).resolve(ablation.experiment()).resolve("report");
      ComparisonSettings settings = verdict.settings().build();
      AblationReport.Output o = AblationReport.write(ablation, ResultSet.scan(root), dir, settings);
      PrintWriter w = spec.commandLine().getOut();
      for (Comparison c : o.comparisons().comparisons()) {
        w.printf("%s %s: %s%n", c.arm(), c.metric(), c.verdict().text());
      }
      List<String> missing = o.missingArms();
      if (!missing.isEmpty()) {
        w.println("arms without runs: " + String.join(", ", missing));
      }
      w.printf("wrote %s, %s and %d plots%n", o.markdown(), o.html(), o.plots().size());
      w.flush();
      return 0;
    }
  }
}
