package org.edgefilter.framework.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.io.DataLocator;
import picocli.CommandLine.Option;

/**
 * The options every experiment command shares, as a picocli mixin:
 *
 * <pre>{@code
 * @Command(name = "train")
 * class Train implements Callable<Integer> {
 *   @Mixin CommonOptions common;
 *   public Integer call() {
 *     TrainConfig config = PRESETS.resolve(common.preset(), common.overrides());
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class CommonOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data root (default: $EDGEFILTER_DATA, else ~/.cache/edgefilter).")
  private Path data;

  @Option(
      names = "--runs",
      paramLabel = "DIR",
      defaultValue = "runs",
      description = "Root of the run directories (default: ${DEFAULT-VALUE}).")
  private Path runs;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "The seed for initialization, shuffling, augmentation and corruptions "
              + "(default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      defaultValue = "quick",
      description = "Named configuration: smoke, quick or paper (default: ${DEFAULT-VALUE}).")
  private String preset;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Override one configuration value; repeatable. Lists are comma-separated, "
              + "nested keys dotted (filter.kernelSize=5; an unknown key lists the valid ones).")
  private List<String> overrides = new ArrayList<>();

  /** The explicit {@code --data} directory, or null. */
  public Path data() {
    return data;
  }

  /** The data root from {@code --data}, {@code EDGEFILTER_DATA} or the default. */
  public DataLocator dataLocator() {
    return DataLocator.locate(data);
  }

  /** The root of the run directories ({@code --runs}, default {@code runs}). */
  public Path runs() {
    return runs;
  }

  /** The run's seed ({@code --seed}, default 0); must not be negative. */
  public long seed() {
    if (seed < 0) {
      throw new ConfigException("--seed must be >= 0, got " + seed);
    }
    return seed;
  }

  /** The preset name ({@code --preset}, default {@code quick}). */
  public String preset() {
    return preset;
  }

  /** The {@code --set key=value} overrides, in command-line order. */
  public List<String> overrides() {
    return List.copyOf(overrides);
  }
}
