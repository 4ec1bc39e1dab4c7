package org.edgefilter.vision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.CommonOptions;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.cli.ExperimentNameOption;
import org.edgefilter.framework.cli.ModalityCommand;
import org.edgefilter.framework.cli.RunOptions;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.vision.corrupt.ContactSheet;
import org.edgefilter.vision.corrupt.Corruption;
import org.edgefilter.vision.corrupt.CorruptionGenerator;
import org.edgefilter.vision.corrupt.Resolution;
import org.edgefilter.vision.corrupt.TinyImageNetC;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.experiment.CorruptedSets;
import org.edgefilter.vision.experiment.VisionConfig;
import org.edgefilter.vision.experiment.VisionData;
import org.edgefilter.vision.experiment.VisionExperiment;
import org.edgefilter.vision.experiment.VisionRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The vision study's command line: {@code ./edgefilter vision <command> --help}. */
@Command(
    name = "vision",
    description =
        "Test-time adaptation on corrupted images (CIFAR-10-C, CIFAR-100-C, "
            + "Tiny-ImageNet-C) with and without the EdgeFilter.",
    subcommands = {
      VisionCli.Experiment.class,
      VisionCli.Train.class,
      VisionCli.Tta.class,
      VisionCli.ConfigCommand.class,
      VisionCli.Corrupt.class,
      VisionCli.ThroughputCommand.class,
      VisionDownload.class,
      VisionCli.Kernels.class
    })
public final class VisionCli extends ModalityCommand {

  public static void main(String[] args) {
    Cli.exit(new VisionCli(), args);
  }

  static VisionConfig config(CommonOptions common) {
    return config(common, null);
  }

  /**
   * The preset with {@code --dataset} applied first ({@code data.dataset} and that dataset's
   * default {@code data.source}) and the {@code --set} overrides after it, so they win.
   */
  static VisionConfig config(CommonOptions common, DatasetOption dataset) {
    List<String> overrides = new ArrayList<>();
    if (dataset != null && dataset.dataset != null) {
      overrides.add("data.dataset=" + dataset.dataset);
      overrides.add("data.source=" + VisionConfig.DataConfig.defaultSource(dataset.dataset));
    }
    overrides.addAll(common.overrides());
    return VisionConfig.resolve(common.preset(), overrides, System.out);
  }

  /** {@code --dataset}: shorthand for {@code --set data.dataset=X} with X's default source. */
  static final class DatasetOption {
    @Option(
        names = "--dataset",
        paramLabel = "NAME",
        description =
            "cifar10, cifar100 (the official binary release in "
                + "<data>/cifar-100-binary/) or tiny-imagenet (default: the preset's).")
    String dataset;
  }

  /**
   * The options of the commands that work on one arm ({@code train}, {@code tta}): the common ones,
   * {@code --dataset}, and {@code --name} / {@code --arm} naming the run.
   */
  static final class ArmOptions {
    @Mixin CommonOptions common;

    @Mixin DatasetOption dataset;

    @Mixin RunOptions run;

    /** The resolved configuration with the chosen arm's filter, and that arm's run directory. */
    ArmRun resolve() {
      VisionConfig config = config(common, dataset);
      FilterConfig filter =
          run.arm() == RunOptions.Arm.BASELINE ? config.filter().baseline() : config.filter();
      RunDirectory dir =
          RunDirectory.open(
              common.runs(),
              VisionExperiment.MODALITY,
              run.experiment(common.preset()),
              filter.armName(),
              common.seed());
      return new ArmRun(config.withFilter(filter), dir);
    }
  }

  /**
   * One arm's run as the command line names it.
   *
   * @param config the resolved configuration holding the arm's filter
   * @param directory {@code <runs>/vision/<name>/<arm>/seed-<n>}
   */
  record ArmRun(VisionConfig config, RunDirectory directory) {}

  /** The learned-kernel analysis of the vision runs ({@code KernelReport}). */
  @Command(name = "kernels")
  static final class Kernels extends org.edgefilter.framework.analysis.KernelsCommand {
    Kernels() {
      super("vision");
    }
  }

  /** Prints the resolved configuration; writes nothing. */
  @Command(name = "config")
  static final class ConfigCommand extends org.edgefilter.framework.cli.ConfigCommand {
    @Mixin CommonOptions common;

    @Override
    protected Resolved resolve() {
      VisionConfig config = config(common);
      FilterConfig filter = config.filter();
      return new Resolved(config, filter.baseline().armName(), filter.armName());
    }
  }

  /** Trains both arms for every seed, evaluates every TTA method, writes the comparison. */
  @Command(
      name = "experiment",
      mixinStandardHelpOptions = true,
      description =
          "Train the baseline and the filter arm, evaluate Source / BN-Norm / TENT on "
              + "CIFAR-10-C, print and write the comparison (runs/vision/<name>/report.md).")
  static final class Experiment implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Mixin DatasetOption dataset;

    @Option(
        names = "--seeds",
        split = ",",
        paramLabel = "N,N",
        description = "Seeds to run (default: --seed).")
    List<Long> seeds = new ArrayList<>();

    @Mixin ExperimentNameOption name;

    @Override
    public Integer call() {
      VisionConfig config = config(common, dataset);
      List<Long> s = seeds.isEmpty() ? List.of(common.seed()) : seeds;
      VisionExperiment.run(
          config,
          name.experiment(common.preset()),
          s,
          common.dataLocator().root(),
          common.runs(),
          System.out);
      return 0;
    }
  }

  /** Trains one arm (resuming from its checkpoint) without the adaptation evaluation. */
  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      description =
          "Train one arm on clean CIFAR-10 into its run directory (resumes from the "
              + "last checkpoint); `tta` then evaluates it.")
  static final class Train implements Callable<Integer> {
    @Mixin ArmOptions options;

    @Override
    public Integer call() {
      ArmRun arm = options.resolve();
      Path root = options.common.dataLocator().root();
      VisionData data = VisionData.load(root, arm.config().data(), System.out);
      double acc = VisionRun.trainOnly(arm.config(), arm.directory(), data, System.out);
      System.out.printf(
          "clean accuracy %.4f; checkpoint in %s%n", acc, arm.directory().checkpointDir());
      return 0;
    }
  }

  /** Evaluates one arm's trained model (training it first if needed) and writes result.json. */
  @Command(
      name = "tta",
      mixinStandardHelpOptions = true,
      description =
          "Evaluate Source / BN-Norm / TENT on CIFAR-10-C for one arm and seed "
              + "(training first if the run has no finished checkpoint); writes result.json.")
  static final class Tta implements Callable<Integer> {
    @Mixin ArmOptions options;

    @Override
    public Integer call() {
      ArmRun arm = options.resolve();
      CommonOptions common = options.common;
      VisionRun.Inputs inputs =
          VisionExperiment.inputs(
              arm.config(), common.dataLocator().root(), common.runs(), System.out);
      RunResult result = new VisionRun(arm.config(), arm.directory(), inputs, System.out).run();
      System.out.println(
          result.metrics().entrySet().stream()
              .filter(e -> !e.getKey().contains("/") || e.getKey().endsWith("mean_acc"))
              .map(
                  e ->
                      e.getKey()
                          + " = "
                          + String.format(java.util.Locale.ROOT, "%.4f", e.getValue()))
              .sorted()
              .reduce((a, b) -> a + "\n" + b)
              .orElse(""));
      return 0;
    }
  }

  /** Training and TENT images/s with and without the filter. */
  @Command(
      name = "throughput",
      mixinStandardHelpOptions = true,
      description =
          "Training and TENT-step throughput (images/s) with and without the filter, "
              + "alternating arms step by step; default model WRN-16-4.")
  static final class ThroughputCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(
        names = "--steps",
        defaultValue = "10",
        description = "Timed steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(
        names = "--warmup",
        defaultValue = "2",
        description = "Warm-up steps (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
        names = "--depth",
        defaultValue = "16",
        description = "WRN depth (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(
        names = "--widen",
        defaultValue = "4",
        description = "WRN widen factor (default: ${DEFAULT-VALUE}).")
    int widen;

    @Option(
        names = "--machine",
        description =
            "Also print one tab-separated `throughput` line "
                + "(rates and peak RSS) for `bench perf`.")
    boolean machine;

    @Override
    public Integer call() {
      VisionConfig config = config(common);
      var figures =
          org.edgefilter.vision.experiment.Throughput.measure(
              org.edgefilter.vision.model.ModelConfig.wrn(depth, widen),
              config.filter(),
              config.train().batchSize(),
              config.tta().batchSize(),
              warmup,
              steps,
              System.out);
      System.out.println();
      System.out.print(figures.table());
      System.out.println(
          "peak RSS of this process: "
              + org.edgefilter.vision.experiment.Throughput.peakRssMb()
              + " MB");
      if (machine) {
        System.out.println(org.edgefilter.vision.experiment.Throughput.machineLine(figures));
      }
      return 0;
    }
  }

  /**
   * Generates a corrupted test set in the official layout of its dataset, with a contact sheet:
   * CIFAR-10-C / CIFAR-100-C ({@code .npy}) or Tiny-ImageNet-C ({@code JPEG} folders).
   */
  @Command(
      name = "corrupt",
      mixinStandardHelpOptions = true,
      description =
          "Generate the corrupted test set in the official layout with contact_sheet.png: CIFAR"
              + " (<corruption>.npy with 5 severities stacked, labels.npy: the CIFAR-10-C layout)"
              + " or Tiny-ImageNet (<corruption>/<severity>/<wnid>/val_N.JPEG, JPEG quality 85: the"
              + " Tiny-ImageNet-C layout).")
  static final class Corrupt implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Mixin DatasetOption dataset;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(
        names = "--corruptions",
        split = ",",
        defaultValue = "all",
        description =
            "Corruption ids, `all` (the 15 benchmark ones) or `extra` (default: ${DEFAULT-VALUE}).")
    List<String> corruptions;

    @Option(
        names = "--per-class",
        paramLabel = "N",
        defaultValue = "0",
        description =
            "Tiny-ImageNet: the first N validation images of every class (default: "
                + "${DEFAULT-VALUE} = all 50, the release's 10,000).")
    int perClass;

    @Override
    public Integer call() {
      VisionConfig config = config(common, dataset);
      Path root = common.dataLocator().root();
      List<Corruption> list = CorruptedSets.resolve(corruptions);
      VisionData data = VisionData.load(root, config.data(), System.out);
      ImageSet test = data.test();
      if (data.dataset().equals("tiny-imagenet")) {
        if (perClass < 0 || perClass > 50) {
          throw new ConfigException("--per-class must be 0..50, got " + perClass);
        }
        int[] picked = TinyImageNetC.firstPerClass(test, perClass);
        CorruptedSets.ensureTiny(out, root, test, picked, list, common.seed(), System.out);
        System.out.printf(
            "%d images x %d corruptions x 5 severities in %s (JPEG quality %d)%n",
            picked.length, list.size(), out, TinyImageNetC.JPEG_QUALITY);
        return 0;
      }
      CorruptedSets.ensure(out, root, test, list, common.seed(), System.out);
      CorruptionGenerator generator =
          CorruptionGenerator.builder(Resolution.forSide(test.height()))
              .optSeed(common.seed())
              .optFrostAssets(root.resolve("cifar_c_assets"))
              .build();
      ContactSheet.write(out.resolve("contact_sheet.png"), test.image(0), 0, generator, list, 3);
      System.out.printf(
          "%d images x %d corruptions x 5 severities in %s%n", test.size(), list.size(), out);
      return 0;
    }
  }
}
