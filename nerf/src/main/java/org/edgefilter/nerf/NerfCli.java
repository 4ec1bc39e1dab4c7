package org.edgefilter.nerf;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.CommonOptions;
import org.edgefilter.framework.cli.ExistingRunOption;
import org.edgefilter.framework.cli.ExperimentNameOption;
import org.edgefilter.framework.cli.ModalityCommand;
import org.edgefilter.framework.cli.RunOptions;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.nerf.data.FewShotScene;
import org.edgefilter.nerf.data.View;
import org.edgefilter.nerf.experiment.Arm;
import org.edgefilter.nerf.experiment.ArmResult;
import org.edgefilter.nerf.experiment.Evaluation;
import org.edgefilter.nerf.experiment.NerfConfig;
import org.edgefilter.nerf.experiment.NerfExperiment;
import org.edgefilter.nerf.experiment.NerfPresets;
import org.edgefilter.nerf.experiment.NerfRun;
import org.edgefilter.nerf.experiment.TrainedRun;
import org.edgefilter.nerf.experiment.ViewScore;
import org.edgefilter.nerf.geometry.RayGenerator;
import org.edgefilter.nerf.metrics.Lpips;
import org.edgefilter.nerf.metrics.PerceptualMetric;
import org.edgefilter.nerf.render.PngImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The NeRF study's command line: {@code ./edgefilter nerf <command> --help}. */
@Command(
    name = "nerf",
    description =
        "8-view few-shot NeRF on the Blender lego scene with and without the EdgeFilter "
            + "in the MLP.",
    subcommands = {
      NerfCli.Experiment.class,
      NerfCli.Train.class,
      NerfCli.Render.class,
      NerfCli.Evaluate.class,
      NerfCli.ConfigCommand.class,
      NerfDownload.class
    })
public final class NerfCli extends ModalityCommand {

  public static void main(String[] args) {
    Cli.exit(new NerfCli(), args);
  }

  static NerfConfig config(CommonOptions common) {
    return NerfPresets.presets().resolve(common.preset(), common.overrides());
  }

  /**
   * The options of the commands that read a trained arm ({@code render}, {@code evaluate}): the
   * common ones, {@code --name} / {@code --arm}, and {@code --run} naming the run folder itself.
   */
  static final class TrainedRunOptions {
    @Mixin CommonOptions common;

    @Mixin RunOptions target;

    @Mixin ExistingRunOption existing;

    /** Opens the run {@code --run} names, else the arm the options name; it must exist. */
    TrainedRun open() {
      String armName =
          existing.path() != null ? null : Arm.of(target.arm()).configure(config(common)).armName();
      return TrainedRun.open(
          existing.resolve(
              common,
              target,
              NerfRun.MODALITY,
              common.preset(),
              armName,
              "train it first with `nerf train --arm "
                  + target.arm().name().toLowerCase(Locale.ROOT)
                  + "` or `nerf experiment` (same --preset, --set, --name and --seed)"));
    }
  }

  /** Prints the resolved configuration; writes nothing. */
  @Command(name = "config")
  static final class ConfigCommand extends org.edgefilter.framework.cli.ConfigCommand {
    @Mixin CommonOptions common;

    @Override
    protected Resolved resolve() {
      NerfConfig config = config(common);
      return new Resolved(config, Arm.BASELINE.configure(config).armName(), config.armName());
    }
  }

  /** Both arms, the comparison image and the table. */
  @Command(
      name = "experiment",
      mixinStandardHelpOptions = true,
      description =
          "Train and evaluate the baseline and the filter arm (runs/nerf/<name>/<arm>/"
              + "seed-<n>/ with result.json), write runs/nerf/<name>/comparison.png (ground truth, "
              + "baseline, filter) and print PSNR / SSIM / MAE (LPIPS only with weights).")
  static final class Experiment implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Mixin ExperimentNameOption name;

    @Override
    public Integer call() {
      NerfConfig config = config(common);
      String experiment = name.experiment(common.preset());
      NerfExperiment.run(
          config, experiment, common.seed(), common.dataLocator(), common.runs(), System.out);
      return 0;
    }
  }

  /** One arm: train (resuming), evaluate, result.json. */
  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      description =
          "Train one arm into its run directory (resuming from the last checkpoint), "
              + "render and score the test views, write result.json.")
  static final class Train implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Mixin RunOptions target;

    @Override
    public Integer call() {
      Arm which = Arm.of(target.arm());
      NerfConfig config = config(common);
      String experiment = target.experiment(common.preset());
      FewShotScene scene = NerfRun.loadScene(config, common.dataLocator());
      ArmResult result =
          NerfRun.run(config, which, scene, experiment, common.seed(), common.runs(), System.out);
      result
          .result()
          .metrics()
          .forEach((k, v) -> System.out.printf(Locale.ROOT, "%s = %.4f%n", k, v));
      if (!result.lpipsNote().isEmpty()) {
        System.out.println(Lpips.NAME + ": not computed (" + result.lpipsNote() + ")");
      }
      System.out.println("run directory: " + result.runDirectory());
      return 0;
    }
  }

  /** Renders the test views of a trained arm to PNG. */
  @Command(
      name = "render",
      mixinStandardHelpOptions = true,
      description =
          "Render the test views of a trained arm from its last checkpoint into PNGs "
              + "(default: <run>/renders/).")
  static final class Render implements Callable<Integer> {
    @Mixin TrainedRunOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter printer = spec.commandLine().getOut();
      try (TrainedRun run = options.open()) {
        FewShotScene scene = NerfRun.loadScene(run.config(), options.common.dataLocator());
        Path folder = out != null ? out : run.directory().resolve(NerfRun.RENDERS);
        for (View view : scene.test().views()) {
          float[] rgb =
              run.nerf()
                  .render(
                      RayGenerator.allPixels(view.camera(), view.pose(), run.config().pixels()),
                      run.config().renderChunk())
                  .rgb();
          Path file = folder.resolve(Evaluation.fileName(view) + ".png");
          PngImages.write(new RgbImage(view.camera().height(), view.camera().width(), rgb), file);
          printer.println(file);
        }
      }
      return 0;
    }
  }

  /** Scores a trained arm on the test views without writing anything. */
  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description =
          "Render and score the test views of a trained arm (PSNR, SSIM, MAE; LPIPS "
              + "only with --lpips or the run's lpipsWeights) and print them; writes nothing.")
  static final class Evaluate implements Callable<Integer> {
    @Mixin TrainedRunOptions options;

    @Option(
        names = "--lpips",
        paramLabel = "FILE",
        description = "LPIPS AlexNet weights (.npz, see the Lpips javadoc); overrides the run's.")
    Path lpipsWeights;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter printer = spec.commandLine().getOut();
      try (TrainedRun run = options.open()) {
        NerfConfig config = run.config();
        FewShotScene scene = NerfRun.loadScene(config, options.common.dataLocator());
        PerceptualMetric lpips =
            lpipsWeights != null ? Lpips.load(Optional.of(lpipsWeights)) : NerfRun.lpips(config);
        Evaluation evaluation =
            Evaluation.run(
                run.nerf(),
                scene.test(),
                config.pixels(),
                config.renderChunk(),
                lpips,
                (done, all) -> {});
        printer.printf(
            "%s at step %d (%s)%n",
            run.directory().getParent().getFileName(), run.state().step(), run.directory());
        for (ViewScore s : evaluation.scores()) {
          printer.printf(
              Locale.ROOT,
              "%-8s psnr %7.3f  ssim %.4f  mae %.4f%s%n",
              s.name(),
              s.psnr(),
              s.ssim(),
              s.mae(),
              s.lpips() == null ? "" : String.format(Locale.ROOT, "  lpips %.4f", s.lpips()));
        }
        Map<String, Double> means = evaluation.means(lpips.name());
        means.forEach((k, v) -> printer.printf(Locale.ROOT, "mean %s = %.4f%n", k, v));
        if (!evaluation.lpipsComputed()) {
          printer.println(lpips.name() + ": not computed (" + evaluation.lpipsNote() + ")");
        }
        printer.flush();
      }
      return 0;
    }
  }
}
