package org.edgefilter.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.compare.CiMethod;
import org.edgefilter.bench.compare.ComparisonSettings;
import org.edgefilter.bench.compare.HolmFamily;
import org.edgefilter.bench.report.SummaryReport;
import org.edgefilter.bench.summary.Study;
import org.edgefilter.bench.summary.StudyTable;
import org.edgefilter.bench.summary.VerdictTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench summary}: the verdict table over every study. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every study's runs (the studies file: which runs folder, arms and metrics) and "
          + "writes the verdict table, README.md and README.html: study | dataset | metric | "
          + "the paper's baseline -> filter | ours (difference, 95%% CI, seeds, p_adj) | verdict "
          + "| how our scale differs. The paper's numbers come from one table in the code "
          + "(PaperResults) with their sources; a number not found says so.",
      "Several runs directories may be given (e.g. runs/ and runs archived under "
          + "docs/results/<study>/runs/); the same run in two of them is read from the first.",
      "Exit code: 0; 2 on bad input."
    },
    footer = {
      "",
      "Example:",
      "  ./edgefilter bench summary runs --runs docs/results/vision/runs" + " --out docs/results"
    })
final class SummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "RUNS_DIR",
      arity = "0..*",
      description = "Runs directories (as many as --runs).")
  List<Path> positional = new ArrayList<>();

  @Option(names = "--runs", paramLabel = "DIR", description = "A runs directory; repeatable.")
  List<Path> runs = new ArrayList<>();

  @Option(
      names = "--studies",
      paramLabel = "FILE",
      description = "Studies file (default: the project's, " + StudyTable.DEFAULT + ").")
  Path studies;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "docs/results",
      description = "Where README.md and README.html go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--family",
      paramLabel = "study|all",
      defaultValue = "study",
      description =
          "Holm family: study (a study's metrics) or all (every row) "
              + "(default: ${DEFAULT-VALUE}).")
  HolmFamily family;

  @Mixin VerdictOptions verdict;

  @Override
  public Integer call() {
    List<Path> roots = new ArrayList<>(positional);
    roots.addAll(runs);
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("name at least one runs directory (RUNS_DIR or --runs)");
    }
    List<Study> table = studies == null ? StudyTable.defaults() : StudyTable.read(studies);
    ComparisonSettings settings =
        verdict.settings().optVerdictCi(CiMethod.AUTO).optHolmFamily(family).build();
    ResultSet results = ResultSet.scanAll(roots);
    VerdictTable.Result result = VerdictTable.compute(table, results, settings);
    SummaryReport.Output o = SummaryReport.write(out, result, roots);
    PrintWriter w = spec.commandLine().getOut();
    for (VerdictTable.Row r : result.rows()) {
      w.printf("%s, %s: %s%n", r.study().id(), r.metric().metric(), r.verdictWord());
    }
    w.println("Holm family: " + result.familyDescription());
    results.skipped().forEach(x -> w.println("skipped " + x.file() + ": " + x.reason()));
    w.printf("wrote %s and %s%n", o.markdown(), o.html());
    w.flush();
    return 0;
  }
}
