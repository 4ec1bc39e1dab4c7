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
import org.edgefilter.framework.cli.RunOptions;
import org.edgefilter.framework.cli.VersionProvider;
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
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
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
public final class AudioCli implements Callable<Integer> {

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    Cli.exit(new AudioCli(), args);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /** Options every training-like command shares beyond {@link CommonOptions}. */
  static final class AudioOptions {
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

    RunContext context(CommonOptions common, PrintWriter out) {
      String name = run.experiment(RunContext.defaultExperiment(dataset(), common.preset()));
      return new RunContext(common.runs(), name, common.seed(), threads(), out, System.err);
    }

    /** The trained run {@code --run} names, else the one of {@code --arm}, --name and --seed. */
    RunPath existing(CommonOptions common, ExistingRunOption option) {
      String armName =
          option.path() != null ? null : Arm.of(run.arm()).apply(config(common)).filter().armName();
      return option.resolve(
          common,
          run,
          ArmRunner.MODALITY,
          RunContext.defaultExperiment(dataset(), common.preset()),
          armName,
          "train it first with `audio train` or `audio experiment` (same --dataset, --preset,"
              + " --set, --name and --seed)");
    }

    AudioConfig config(CommonOptions common) {
      return AudioPresets.resolve(dataset(), common.preset(), common.overrides());
    }
  }

  /** Prints the resolved configuration; writes nothing. */
  @Command(
      name = "config",
      mixinStandardHelpOptions = true,
      description =
          "Print the resolved configuration (preset and --set) as JSON and the arm folders it"
              + " runs; writes nothing.")
  static final class ConfigCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin AudioOptions audio;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      AudioConfig config = audio.config(common);
      out.println(org.edgefilter.framework.io.Json.write(config));
      out.println(
          "arms: "
              + Arm.BASELINE.apply(config).filter().armName()
              + ", "
              + config.filter().armName());
      out.flush();
      return ExitCodes.OK;
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
    @Mixin CommonOptions common;
    @Mixin AudioOptions audio;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      AudioConfig config = audio.config(common);
      Arm which = Arm.of(audio.run.arm());
      RunContext context = audio.context(common, out);
      AudioCorpus corpus = AudioCorpus.load(config, common.dataLocator());
      corpus.printNotices(out);
      FeatureStore features =
          FeatureStore.cached(corpus, config.features(), ArmRunner.featureCache(context));
      ArmResult result = ArmRunner.run(config, which, corpus, features, context);
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
    @Mixin CommonOptions common;
    @Mixin AudioOptions audio;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      AudioConfig config = audio.config(common);
      RunContext context = audio.context(common, out);
      AudioCorpus corpus = AudioCorpus.load(config, common.dataLocator());
      corpus.printNotices(out);
      out.printf("%s: %s%n", context.experiment(), corpus.rounds());
      out.flush();
      AudioExperiment.run(config, corpus, context);
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
    @Mixin CommonOptions common;
    @Mixin AudioOptions audio;
    @Mixin ExistingRunOption existing;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Evaluation.run(
          audio.existing(common, existing).path(), common.dataLocator(), audio.threads(), out);
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
    @Mixin CommonOptions common;
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
      AudioConfig config = run.isPresent() ? null : audio.config(common);
      RunContext context = audio.context(common, out);
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
