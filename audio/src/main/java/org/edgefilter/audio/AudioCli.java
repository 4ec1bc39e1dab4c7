package org.edgefilter.audio;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.edgefilter.audio.experiment.Arm;
import org.edgefilter.audio.experiment.ArmResult;
import org.edgefilter.audio.experiment.ArmRunner;
import org.edgefilter.audio.experiment.AudioConfig;
import org.edgefilter.audio.experiment.AudioCorpus;
import org.edgefilter.audio.experiment.AudioDataset;
import org.edgefilter.audio.experiment.AudioExperiment;
import org.edgefilter.audio.experiment.AudioPresets;
import org.edgefilter.audio.experiment.ComparisonTable;
import org.edgefilter.audio.experiment.Evaluation;
import org.edgefilter.audio.experiment.FeatureStore;
import org.edgefilter.audio.experiment.RunContext;
import org.edgefilter.audio.experiment.SpectrogramFigure;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.CommonOptions;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.cli.ExistingRunOption;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.cli.ModalityCommand;
import org.edgefilter.framework.cli.RunOptions;
import org.edgefilter.framework.run.RunPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The audio module's command line: {@code ./edgefilter audio <command>}. Commands: {@code train}
 * (one arm), {@code experiment} (both arms and the comparison table), {@code evaluate} (a finished
 * run's checkpoints again) and {@code spectrogram} (the filter's input and output as a PNG).
 */
@Command(
    name = "audio",
    description = "Log-mel CNN with and without the 2D EdgeFilter on FSDD and UrbanSound8K.",
    subcommands = {
      AudioCli.Train.class,
      AudioCli.Experiment.class,
      AudioCli.Evaluate.class,
      AudioCli.Spectrogram.class,
      AudioCli.ConfigCommand.class,
      AudioDownload.class,
      AudioCli.Kernels.class
    })
public final class AudioCli extends ModalityCommand {

  public static void main(String[] args) {
    Cli.exit(new AudioCli(), args);
  }

  /** The options every audio command shares: {@link CommonOptions}, the dataset, the run. */
  static final class AudioOptions {
    @Mixin CommonOptions common;

    @Option(
        names = "--dataset",
        paramLabel = "NAME",
        defaultValue = "fsdd",
        description =
            "fsdd (expected at <data>/fsdd/recordings) or urbansound8k (<data>/urbansound8k/ in"
                + " the official layout) (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "TensorFlow threads (default: the number of cores).")
    Integer threads;

    @Mixin RunOptions run;

    AudioDataset dataset() {
      return AudioDataset.parse(dataset);
    }

    int threads() {
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      if (n < 1) {
        throw new ConfigException("--threads must be >= 1, got " + n);
      }
      return n;
    }

    RunContext context(PrintWriter out) {
      String name = run.experiment(RunContext.defaultExperiment(dataset(), common.preset()));
      return new RunContext(common.runs(), name, common.seed(), threads(), out, System.err);
    }

    /** The trained run {@code --run} names, else the one of {@code --arm}, --name and --seed. */
    RunPath existing(ExistingRunOption option) {
      String armName =
          option.path() != null ? null : Arm.of(run.arm()).apply(config()).filter().armName();
      return option.resolve(
          common,
          run,
          ArmRunner.MODALITY,
          RunContext.defaultExperiment(dataset(), common.preset()),
          armName,
          "train it first with `audio train` or `audio experiment` (same --dataset, --preset,"
              + " --set, --name and --seed)");
    }

    AudioConfig config() {
      return AudioPresets.resolve(dataset(), common.preset(), common.overrides());
    }

    /**
     * What a training command starts from: the configuration, the run context and the corpus, whose
     * notices (skipped or missing clips) are printed to {@code out}.
     */
    Prepared prepare(PrintWriter out) {
      AudioConfig config = config();
      RunContext context = context(out);
      AudioCorpus corpus = AudioCorpus.load(config, common.dataLocator());
      corpus.printNotices(out);
      return new Prepared(config, context, corpus);
    }
  }

  /**
   * A training command's inputs.
   *
   * @param config the resolved configuration
   * @param context the run root, experiment name, seed, threads and printers
   * @param corpus the loaded clips and the rounds of the dataset's protocol
   */
  record Prepared(AudioConfig config, RunContext context, AudioCorpus corpus) {}

  /** Prints the resolved configuration; writes nothing. */
  @Command(name = "config")
  static final class ConfigCommand extends org.edgefilter.framework.cli.ConfigCommand {
    @Mixin AudioOptions audio;

    @Override
    protected Resolved resolve() {
      AudioConfig config = audio.config();
      return new Resolved(
          config, Arm.BASELINE.apply(config).filter().armName(), config.filter().armName());
    }
  }

  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      description = {
        "Trains and evaluates one arm (every round of the dataset's protocol) into"
            + " <runs>/audio/<experiment>/<arm>/seed-<n>/ and prints its metrics.",
        "Presets: smoke, quick, paper; --set keys are the config's fields, e.g."
            + " --set filter.position=2 --set train.epochs=5."
      })
  static final class Train implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AudioOptions audio;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Arm which = Arm.of(audio.run.arm());
      Prepared p = audio.prepare(out);
      FeatureStore features =
          FeatureStore.cached(
              p.corpus(), p.config().features(), ArmRunner.featureCache(p.context()));
      ArmResult result = ArmRunner.run(p.config(), which, p.corpus(), features, p.context());
      out.printf("%s -> %s%n", which.id(), result.runDirectory());
      out.print(ComparisonTable.metrics(result.result().metrics()));
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "experiment",
      mixinStandardHelpOptions = true,
      description = {
        "Runs the baseline and the filter arm with one seed (FSDD: standard split;"
            + " UrbanSound8K: leave-one-fold-out over the folds present) and prints the"
            + " comparison table. Completed arms are reused, killed ones resume.",
        "Presets: smoke (seconds), quick (minutes on 2 cores), paper (20 epochs, 32-64-128)."
      })
  static final class Experiment implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AudioOptions audio;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Prepared p = audio.prepare(out);
      out.printf("%s: %s%n", p.context().experiment(), p.corpus().rounds());
      out.flush();
      AudioExperiment.run(p.config(), p.corpus(), p.context());
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description =
          "Evaluates a finished run's checkpoints on its test clips (every round) and prints the"
              + " accuracy and the confusion matrix.")
  static final class Evaluate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AudioOptions audio;
    @Mixin ExistingRunOption existing;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Evaluation.run(
          audio.existing(existing).path(), audio.common.dataLocator(), audio.threads(), out);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "spectrogram",
      mixinStandardHelpOptions = true,
      description =
          "Writes a PNG of a few test clips: the log-mel input and the feature map entering and"
              + " leaving the filter (and what it removed), from a trained run (--run) or"
              + " from an untrained model of the preset.")
  static final class Spectrogram implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AudioOptions audio;

    @Option(
        names = "--run",
        paramLabel = "PATH",
        description = "Use this run's configuration and trained weights (first round).")
    Path runDirectory;

    @Option(
        names = "--clips",
        paramLabel = "N",
        defaultValue = "4",
        description = "Rows: one test clip per class (default: ${DEFAULT-VALUE}).")
    int clips;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description =
            "The PNG (default: <run>/spectrograms.png, else"
                + " <runs>/audio/<experiment>/spectrograms.png).")
    Path output;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Optional<Path> run = Optional.ofNullable(runDirectory);
      AudioConfig config = run.isPresent() ? null : audio.config();
      RunContext context = audio.context(out);
      CommonOptions common = audio.common;
      SpectrogramFigure.Figure figure =
          SpectrogramFigure.create(
              config, run, common.dataLocator(), clips, common.seed(), audio.threads());
      Path file;
      if (output != null) {
        file = output;
      } else if (run.isPresent()) {
        file = run.get().resolve("spectrograms.png");
      } else {
        file =
            RunPath.experimentDir(context.runs(), ArmRunner.MODALITY, context.experiment())
                .resolve("spectrograms.png");
      }
      figure.grid().writePng(file);
      out.printf(
          "%s%nwrote %s (%dx%d)%n",
          figure.description(), file, figure.grid().width(), figure.grid().height());
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** The learned-kernel analysis of the audio runs ({@code KernelReport}). */
  @Command(name = "kernels")
  static final class Kernels extends org.edgefilter.framework.analysis.KernelsCommand {
    Kernels() {
      super("audio");
    }
  }
}
