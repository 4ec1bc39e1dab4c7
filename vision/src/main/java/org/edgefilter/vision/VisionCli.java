package org.edgefilter.vision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.CommonOptions;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.cli.RunOptions;
import org.edgefilter.framework.run.RunPath;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.vision.corrupt.ContactSheet;
import org.edgefilter.vision.corrupt.CorruptionGenerator;
import org.edgefilter.vision.corrupt.Resolution;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.experiment.CorruptedSets;
import org.edgefilter.vision.experiment.VisionConfig;
import org.edgefilter.vision.experiment.VisionData;
import org.edgefilter.vision.experiment.VisionExperiment;
import org.edgefilter.vision.experiment.VisionRun;
import org.edgefilter.framework.filter.FilterConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The vision study's command line: {@code ./edgefilter vision <command> --help}. */
@Command(
    name = "vision",
    mixinStandardHelpOptions = true,
    description = "CIFAR-10 / CIFAR-10-C test-time adaptation with and without the EdgeFilter.",
    subcommands = {
      VisionCli.Experiment.class, VisionCli.Train.class, VisionCli.Tta.class,
      VisionCli.Corrupt.class, VisionCli.ThroughputCommand.class, VisionDownload.class,
      VisionCli.Kernels.class
    })
public final class VisionCli implements Runnable {

  public static void main(String[] args) {
    Cli.exit(new VisionCli(), args);
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this), "a command is required: experiment, train, tta, corrupt, download");
  }

  static VisionConfig config(CommonOptions common) {
    return VisionConfig.presets().resolve(common.preset(), common.overrides());
  }

  static FilterConfig arm(VisionConfig config, RunOptions run) {
    return run.arm() == RunOptions.Arm.BASELINE ? config.filter().baseline() : config.filter();
  }

  /** The run directory of {@code filter}'s arm named by the options. */
  static RunDirectory directory(CommonOptions common, RunOptions run, FilterConfig filter) {
    return RunDirectory.open(common.runs(), VisionExperiment.MODALITY,
        run.experiment(common.preset()), filter.armName(), common.seed());
  }

  /** The learned-kernel analysis of the vision runs ({@code KernelReport}). */
  @Command(name = "kernels")
  static final class Kernels extends org.edgefilter.framework.analysis.KernelsCommand {
    Kernels() {
      super("vision");
    }
  }

  /** Trains both arms for every seed, evaluates every TTA method, writes the comparison. */
  @Command(name = "experiment", mixinStandardHelpOptions = true,
      description = "Train the baseline and the filter arm, evaluate Source / BN-Norm / TENT on "
          + "CIFAR-10-C, print and write the comparison (runs/vision/<name>/report.md).")
  static final class Experiment implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--seeds", split = ",", paramLabel = "N,N",
        description = "Seeds to run (default: --seed).")
    List<Long> seeds = new ArrayList<>();

    @Option(names = "--name", paramLabel = "EXP",
        description = "Experiment name (default: the preset's name).")
    String name;

    @Override
    public Integer call() {
      VisionConfig config = config(common);
      List<Long> s = seeds.isEmpty() ? List.of(common.seed()) : seeds;
      VisionExperiment.run(config, RunPath.checkName("--name", name == null ? common.preset() : name), s,
          common.dataLocator().root(), common.runs(), System.out);
      return 0;
    }
  }

  /** Trains one arm (resuming from its checkpoint) without the adaptation evaluation. */
  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train one arm on clean CIFAR-10 into its run directory (resumes from the "
          + "last checkpoint); `tta` then evaluates it.")
  static final class Train implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Mixin RunOptions run;

    @Override
    public Integer call() {
      VisionConfig config = config(common);
      FilterConfig filter = arm(config, run);
      VisionData data = VisionData.load(common.dataLocator().root(), config.data());
      RunDirectory dir = directory(common, run, filter);
      double acc = VisionRun.trainOnly(config.withFilter(filter), dir, data, System.out);
      System.out.printf("clean accuracy %.4f; checkpoint in %s%n", acc, dir.checkpointDir());
      return 0;
    }
  }

  /** Evaluates one arm's trained model (training it first if needed) and writes result.json. */
  @Command(name = "tta", mixinStandardHelpOptions = true,
      description = "Evaluate Source / BN-Norm / TENT on CIFAR-10-C for one arm and seed "
          + "(training first if the run has no finished checkpoint); writes result.json.")
  static final class Tta implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Mixin RunOptions run;

    @Override
    public Integer call() {
      VisionConfig config = config(common);
      FilterConfig filter = arm(config, run);
      VisionRun.Inputs inputs =
          VisionExperiment.inputs(config, common.dataLocator().root(), common.runs(), System.out);
      RunDirectory dir = directory(common, run, filter);
      RunResult result = new VisionRun(config.withFilter(filter), dir, inputs, System.out).run();
      System.out.println(result.metrics().entrySet().stream()
          .filter(e -> !e.getKey().contains("/") || e.getKey().endsWith("mean_acc"))
          .map(e -> e.getKey() + " = " + String.format(java.util.Locale.ROOT, "%.4f", e.getValue()))
          .sorted().reduce((a, b) -> a + "\n" + b).orElse(""));
      return 0;
    }
  }

  /** Training and TENT images/s with and without the filter. */
  @Command(name = "throughput", mixinStandardHelpOptions = true,
      description = "Training and TENT-step throughput (images/s) with and without the filter, "
          + "alternating arms step by step; default model WRN-16-4.")
  static final class ThroughputCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--steps", defaultValue = "10", description = "Timed steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up steps (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--depth", defaultValue = "16", description = "WRN depth (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--widen", defaultValue = "4", description = "WRN widen factor (default: ${DEFAULT-VALUE}).")
    int widen;

    @Override
    public Integer call() {
      VisionConfig config = config(common);
      var figures = org.edgefilter.vision.experiment.Throughput.measure(
          org.edgefilter.vision.model.ModelConfig.wrn(depth, widen), config.filter(),
          config.train().batchSize(), config.tta().batchSize(), warmup, steps, System.out);
      System.out.println();
      System.out.print(figures.table());
      return 0;
    }
  }

  /** Generates a CIFAR-10-C style set in the official layout, with a contact sheet. */
  @Command(name = "corrupt", mixinStandardHelpOptions = true,
      description = "Generate the corrupted test set (<corruption>.npy with 5 severities stacked, "
          + "labels.npy: the official CIFAR-10-C layout) and contact_sheet.png.")
  static final class Corrupt implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--corruptions", split = ",", defaultValue = "all",
        description = "Corruption ids, `all` (the 15 benchmark ones) or `extra` (default: ${DEFAULT-VALUE}).")
    List<String> corruptions;

    @Override
    public Integer call() {
      VisionConfig config = config(common);
      Path root = common.dataLocator().root();
      ImageSet test = VisionData.load(root, config.data()).test();
      CorruptedSets.ensure(out, root, test, CorruptedSets.resolve(corruptions), common.seed(), System.out);
      CorruptionGenerator generator = CorruptionGenerator.builder(Resolution.forSide(test.height()))
          .optSeed(common.seed()).optFrostAssets(root.resolve("cifar_c_assets")).build();
      ContactSheet.write(out.resolve("contact_sheet.png"), test.image(0), 0, generator,
          CorruptedSets.resolve(corruptions), 3);
      System.out.printf("%d images x %d corruptions x 5 severities in %s%n", test.size(),
          CorruptedSets.resolve(corruptions).size(), out);
      return 0;
    }
  }
}
