package org.edgefilter.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.edgefilter.bench.ablation.AblationSpec;
import org.edgefilter.bench.sweep.ArmSpec;
import org.edgefilter.bench.sweep.CommandTemplate;
import org.edgefilter.bench.sweep.Durations;
import org.edgefilter.bench.sweep.ProgressPrinter;
import org.edgefilter.bench.sweep.RunTask;
import org.edgefilter.bench.sweep.Seeds;
import org.edgefilter.bench.sweep.ShellWords;
import org.edgefilter.bench.sweep.SlurmScript;
import org.edgefilter.bench.sweep.SweepRunner;
import org.edgefilter.bench.sweep.SweepSpec;
import org.edgefilter.bench.sweep.SweepSpecFile;
import org.edgefilter.bench.sweep.SweepSummary;
import org.edgefilter.framework.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench sweep}: run arms x seeds locally, or emit a Slurm job array. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every arm with every seed of one modality experiment, each run a separate process "
          + "started from a command template. Runs whose result.json exists are skipped, so "
          + "re-running the same sweep resumes it.",
      "Placeholders in the command and in arm arguments: {arm} {seed} {runs} {run_dir} "
          + "{modality} {experiment}; the word {args} is replaced by the arm's extra arguments "
          + "(appended at the end without it).",
      "Exit code: 0 when every run has a result.json, 1 when some failed, 2 on bad input."
    },
    footer = {
      "",
      "Example: three seeds of the vision quick study, from the repository",
      "root (arm names are the directories the vision runs write):",
      "  cmd='./edgefilter vision tta --preset quick --name quick --seed {seed}'",
      "  ./edgefilter bench sweep --modality vision --experiment quick \\",
      "    --runs runs --seeds 0..2 --command \"$cmd --runs {runs} {args}\" \\",
      "    --arm 'baseline=--arm baseline' --arm 'ef-mean-k11-p1=--arm filter'",
      "An ablation (factors x levels, one shared baseline) runs from its file:",
      "  bench sweep --spec ablations/vision.json  (or: bench ablation run FILE)"
    })
final class SweepCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description =
          "Sweep spec JSON (see SweepSpecFile), or an ablation file (see "
              + "AblationSpec: factors and levels around defaults, one shared baseline); the "
              + "options below override it.")
  Path specFile;

  @Option(names = "--modality", description = "Modality, e.g. vision.")
  String modality;

  @Option(names = "--experiment", description = "Experiment, e.g. quick.")
  String experiment;

  @Option(names = "--runs", paramLabel = "DIR", description = "Runs root (default: runs).")
  Path runs;

  @Option(
      names = "--command",
      paramLabel = "TEMPLATE",
      description = "Command line of one run, split like a shell.")
  String command;

  @Option(
      names = "--arm",
      paramLabel = "NAME[=ARGS]",
      description = "An arm and its extra arguments; repeat for each arm.")
  List<String> arms = new ArrayList<>();

  @Option(names = "--seeds", paramLabel = "LIST", description = "Seeds, e.g. 0..4 or 0,1,2.")
  String seeds;

  @Option(names = "--parallel", paramLabel = "N", description = "Runs at once (default 1).")
  Integer parallel;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "Per-run limit, e.g. 90m, 2h, 1h30m.")
  String timeout;

  @Option(
      names = "--env",
      paramLabel = "NAME=VALUE",
      description = "Extra environment variable of every run; repeatable.")
  List<String> env = new ArrayList<>();

  @Option(
      names = "--workdir",
      paramLabel = "DIR",
      description = "Working directory of the runs (default: current directory).")
  Path workdir;

  @Option(
      names = "--emit",
      paramLabel = "local|slurm",
      defaultValue = "local",
      description = "local: run here (default); slurm: write a job array script instead.")
  String emit;

  @Option(
      names = "--slurm-dir",
      paramLabel = "DIR",
      description =
          "Where --emit slurm writes sweep.sbatch, jobs.txt and logs/ "
              + "(default: <runs>/<modality>/<experiment>/slurm).")
  Path slurmDir;

  @Option(
      names = "--sbatch",
      paramLabel = "OPTION",
      description = "Extra #SBATCH option, e.g. --time=04:00:00; repeatable.")
  List<String> sbatch = new ArrayList<>();

  @Option(
      names = "--array-limit",
      paramLabel = "N",
      description = "At most N array tasks at once (%%N).")
  Integer arrayLimit;

  @Option(names = "--all", description = "With --emit slurm: emit completed runs too.")
  boolean all;

  @Option(names = "--dry-run", description = "Print the runs and their commands; run nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    SweepSpec sweep = buildSpec();
    PrintWriter out = spec.commandLine().getOut();
    if (dryRun) {
      printPlan(sweep, out);
      return 0;
    }
    switch (emit) {
      case "slurm" -> {
        Path dir = slurmDir != null ? slurmDir : sweep.experimentDir().resolve("slurm");
        SlurmScript.Emission e =
            SlurmScript.write(sweep, new SlurmScript.Options(dir, sbatch, arrayLimit, !all));
        if (e.tasks().isEmpty()) {
          out.println("every run already has a result.json; nothing to emit");
        } else {
          out.printf(
              "wrote %s and %s (%d array tasks)%nsubmit with: sbatch %s%n"
                  + "afterwards: bench collect %s%n",
              e.script(), e.jobs(), e.tasks().size(), e.script(), sweep.runs());
        }
        out.flush();
        return 0;
      }
      case "local" -> {
        return runHere(sweep, out);
      }
      default ->
          throw new IllegalArgumentException("--emit must be local or slurm, got '" + emit + "'");
    }
  }

  /** The {@code --dry-run} listing: each run's state ({@code done} or {@code todo}) and command. */
  static void printPlan(SweepSpec sweep, PrintWriter out) {
    for (RunTask t : sweep.tasks()) {
      out.printf(
          "[%s] %s: %s%n",
          Files.exists(t.resultFile()) ? "done" : "todo", t.label(), ShellWords.join(t.command()));
    }
    out.flush();
  }

  /** Runs {@code sweep} on this machine with progress lines; 0 if every run completed, else 1. */
  static int runHere(SweepSpec sweep, PrintWriter out) throws InterruptedException {
    out.flush();
    SweepSummary summary = new SweepRunner(sweep, new ProgressPrinter(out)).run();
    return summary.allCompleted() ? 0 : 1;
  }

  /** A sweep spec file, or an ablation file (it has "factors"), as a sweep. */
  static SweepSpec.Builder fromFile(Path file) {
    JsonNode root = null;
    try {
      root = Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      // SweepSpecFile.read reports the unreadable file with its own message.
    }
    return AblationSpec.isAblation(root)
        ? AblationSpec.read(file).toSweepBuilder()
        : SweepSpecFile.read(file);
  }

  SweepSpec buildSpec() {
    SweepSpec.Builder b = specFile != null ? fromFile(specFile) : SweepSpec.builder();
    if (modality != null) {
      b.setModality(modality);
    }
    if (experiment != null) {
      b.setExperiment(experiment);
    }
    if (runs != null) {
      b.optRuns(runs);
    }
    if (command != null) {
      b.setCommand(CommandTemplate.parse(command));
    }
    if (!arms.isEmpty()) {
      b.setArms(arms.stream().map(ArmSpec::parse).toList());
    }
    if (seeds != null) {
      b.setSeeds(Seeds.parse(seeds));
    }
    if (parallel != null) {
      b.optParallel(parallel);
    }
    if (timeout != null) {
      b.optTimeout(Durations.parse(timeout));
    }
    for (String e : env) {
      int eq = e.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--env expects NAME=VALUE, got '" + e + "'");
      }
      b.optEnv(e.substring(0, eq), e.substring(eq + 1));
    }
    if (workdir != null) {
      b.optWorkdir(workdir);
    }
    return b.build();
  }
}
