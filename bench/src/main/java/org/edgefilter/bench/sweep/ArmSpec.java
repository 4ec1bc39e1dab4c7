package org.edgefilter.bench.sweep;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One arm of a sweep: a name (also a directory name) and the extra arguments its runs get.
 *
 * @param name e.g. {@code baseline}, {@code ef-mean-k11-pos2}; letters, digits, '.', '_', '-'
 * @param args extra command-line words for this arm (placeholders allowed)
 * @param seeds the seeds this arm runs with, a subset of the sweep's; null for all of them (an
 *     ablation runs some levels with more seeds than others)
 */
public record ArmSpec(String name, List<String> args, List<Long> seeds) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  public ArmSpec {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "arm name '"
              + name
              + "' must be letters, digits, '.', '_' or '-' (it becomes a directory name)");
    }
    args = List.copyOf(args);
    seeds = seeds == null ? null : List.copyOf(seeds);
  }

  /** An arm that runs with every seed of its sweep. */
  public ArmSpec(String name, List<String> args) {
    this(name, args, null);
  }

  /** This arm's seeds: its own, else {@code sweepSeeds}. */
  public List<Long> seedsOr(List<Long> sweepSeeds) {
    return seeds == null ? sweepSeeds : seeds;
  }

  /**
   * Parses the CLI form {@code NAME} or {@code NAME=EXTRA ARGS}, e.g. {@code ef-mean-k3=--filter
   * mean --kernel 3}.
   */
  public static ArmSpec parse(String text) {
    int eq = text.indexOf('=');
    if (eq < 0) {
      return new ArmSpec(text.trim(), List.of());
    }
    return new ArmSpec(text.substring(0, eq).trim(), ShellWords.split(text.substring(eq + 1)));
  }
}
