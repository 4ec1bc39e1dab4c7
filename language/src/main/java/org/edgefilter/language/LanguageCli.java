package org.edgefilter.language;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.CommonOptions;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.cli.ExistingRunOption;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.cli.ModalityCommand;
import org.edgefilter.framework.cli.RunOptions;
import org.edgefilter.framework.run.RunPath;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.experiment.ExperimentOutcome;
import org.edgefilter.language.experiment.LanguageConfig;
import org.edgefilter.language.experiment.LanguageExperiment;
import org.edgefilter.language.experiment.LanguagePresets;
import org.edgefilter.language.experiment.RunOutcome;
import org.edgefilter.language.experiment.SavedRun;
import org.edgefilter.language.experiment.TaskData;
import org.edgefilter.language.experiment.TrainingRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The language study's command line: {@code ./edgefilter language <train|evaluate|experiment>}. A
 * BERT-style encoder is trained from scratch on GLUE SST-2, QQP or QNLI with and without the 1D
 * Deep Edge Filter along the tokens; every command has {@code --help}.
 */
@Command(
    name = "language",
    description = {
      "BERT-style encoder on GLUE SST-2, QQP and QNLI, with and without the 1D Deep"
          + " Edge Filter along the token axis.",
      "Vocabularies are WordPiece vocabularies trained on each task's training split (no"
          + " pretrained vocabulary is available offline); models are trained from scratch."
    },
    subcommands = {
      LanguageCli.Train.class,
      LanguageCli.Evaluate.class,
      LanguageCli.Experiment.class,
      LanguageCli.ConfigCommand.class,
      LanguageDownload.class
    })
public final class LanguageCli extends ModalityCommand {

  public static void main(String[] args) {
    Cli.exit(new LanguageCli(), args);
  }

  /** {@code sst2}, {@code qqp}, {@code qnli} (any case; {@code sst-2} too) to the task. */
  static final class TaskConverter implements CommandLine.ITypeConverter<GlueTask> {
    private static final Map<String, GlueTask> NAMES =
        Map.of(
            "sst2",
            GlueTask.SST2,
            "sst-2",
            GlueTask.SST2,
            "qqp",
            GlueTask.QQP,
            "qnli",
            GlueTask.QNLI);

    @Override
    public GlueTask convert(String value) {
      GlueTask task = NAMES.get(value.toLowerCase(Locale.ROOT));
      if (task == null) {
        throw new CommandLine.TypeConversionException(
            "unknown task '" + value + "'; expected sst2, qqp or qnli");
      }
      return task;
    }
  }

  /** The options of the commands that train. */
  static final class TrainingOptions {
    @Mixin CommonOptions common;

    @Option(
        names = "--task",
        paramLabel = "TASK",
        defaultValue = "sst2",
        converter = TaskConverter.class,
        description = "GLUE task: sst2, qqp or qnli (default: ${DEFAULT-VALUE}).")
    GlueTask task;

    @Mixin RunOptions run;

    @Option(
        names = "--skip-bad-rows",
        description =
            "Skip malformed GLUE rows (counted, printed and stored in result.json)"
                + " instead of stopping at the first with its file, line and column.")
    boolean skipBadRows;

    LanguageConfig config() {
      LanguageConfig config =
          LanguagePresets.forTask(task).resolve(common.preset(), common.overrides());
      if (config.task() != task) {
        throw new ConfigException("choose the task with --task, not --set task=...");
      }
      return config;
    }

    String defaultExperiment() {
      return LanguageExperiment.name(task.name().toLowerCase(Locale.ROOT), common.preset());
    }

    TrainingRun.Plan plan() {
      String experiment = run.experiment(defaultExperiment());
      return new TrainingRun.Plan(
          common.runs(), common.dataLocator(), experiment, common.seed(), System.out, skipBadRows);
    }
  }

  /** Prints the resolved configuration; writes nothing. */
  @Command(name = "config")
  static final class ConfigCommand extends org.edgefilter.framework.cli.ConfigCommand {
    @Mixin TrainingOptions options;

    @Override
    protected Resolved resolve() {
      LanguageConfig config = options.config();
      return new Resolved(config, config.baseline().arm(), config.arm());
    }
  }

  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      description = {
        "Train one arm from scratch and evaluate it on the dev split.",
        "Writes <runs>/language/<experiment>/<arm>/seed-<n>/ with config.json, vocab.txt,"
            + " metrics.jsonl, TensorBoard scalars, checkpoint/ and result.json (dev_acc, and"
            + " dev_f1 for QQP). A killed run resumes from its last checkpoint."
      })
  static final class Train implements Callable<Integer> {
    @Mixin TrainingOptions options;

    @Override
    public Integer call() {
      LanguageConfig config = options.config();
      if (options.run.arm() == RunOptions.Arm.BASELINE) {
        config = config.baseline();
      }
      RunOutcome outcome = TrainingRun.run(config, options.plan(), null);
      System.out.println(outcome.arm() + " " + outcome.metrics() + " in " + outcome.runDirectory());
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "experiment",
      mixinStandardHelpOptions = true,
      description = {
        "Train the baseline and the filter arm with the same seed and compare their"
            + " dev metrics.",
        "The main job: ./edgefilter language experiment --preset quick --task sst2",
        "One seed cannot decide whether the filter helps: repeat with other --seed values."
      })
  static final class Experiment implements Callable<Integer> {
    @Mixin TrainingOptions options;

    @Override
    public Integer call() {
      ExperimentOutcome outcome = LanguageExperiment.run(options.config(), options.plan());
      System.out.print(outcome.table());
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description = {
        "Evaluate a trained run's latest checkpoint on a labelled GLUE file of its"
            + " task (default: the dev split).",
        "Example: evaluate --run runs/language/sst2-quick/baseline/seed-0"
            + " --file <data>/glue/SST-2/test_labeled_from_SST.tsv",
        "Without --run, the run is the one --task, --preset, --set, --name, --arm and --seed"
            + " name."
      })
  static final class Evaluate implements Callable<Integer> {
    @Mixin TrainingOptions options;

    @Mixin ExistingRunOption existing;

    @Option(
        names = "--file",
        paramLabel = "TSV",
        description =
            "A labelled file in the task's GLUE format (default: the dev split under --data).")
    Path file;

    @Option(
        names = "--batch-size",
        paramLabel = "N",
        defaultValue = "128",
        description = "Sequences per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
      if (batchSize < 1) {
        throw new ConfigException("--batch-size must be >= 1, got " + batchSize);
      }
      String armName =
          existing.path() != null
              ? null
              : (options.run.arm() == RunOptions.Arm.BASELINE
                      ? options.config().baseline()
                      : options.config())
                  .arm();
      RunPath run =
          existing.resolve(
              options.common,
              options.run,
              TrainingRun.MODALITY,
              options.defaultExperiment(),
              armName,
              "train it first with `language train` or"
                  + " `language experiment` (same --task, --preset, --set, --name and --seed)");
      SavedRun saved = SavedRun.open(run.path());
      GlueTask task = saved.config().task();
      Path target =
          file != null ? file : TaskData.Files.locate(task, options.common.dataLocator()).dev();
      String prefix = file != null ? "eval" : TrainingRun.DEV;
      // --skip-bad-rows (from the training options): the skipped rows are counted and printed.
      var metrics = saved.evaluate(target, prefix, batchSize, options.skipBadRows);
      System.out.printf(
          Locale.ROOT,
          "%s %s (checkpoint after %d steps) on %s:%n",
          task,
          saved.config().arm(),
          saved.step(),
          target);
      metrics.forEach(
          (metric, value) -> System.out.printf(Locale.ROOT, "  %s %.4f%n", metric, value));
      return ExitCodes.OK;
    }
  }
}
