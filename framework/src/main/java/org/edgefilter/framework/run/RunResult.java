package org.edgefilter.framework.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.edgefilter.framework.io.Json;

/**
 * The content of a run directory's {@code result.json}: written last and atomically, so its
 * presence means the run completed. {@code bench} reads only these files.
 *
 * @param modality vision, language, nerf or audio
 * @param experiment the experiment's name (for example {@code quick})
 * @param arm the named configuration (for example {@code baseline}, {@code ef-mean-k11})
 * @param seed the run's seed
 * @param metrics metric name to value, e.g. {@code clean_acc}, {@code tent/mean_acc}, {@code
 *     tent/gaussian_noise/5}
 * @param higherIsBetter metric name to its direction; every metric has one
 * @param config the complete resolved configuration
 * @param started ISO-8601 instant the run started
 * @param finished ISO-8601 instant the run finished
 * @param wallSeconds wall-clock duration
 * @param versions component to version (project, tensorflow, java)
 * @param host the machine's name
 * @param counts input-data events the run met that are not metrics, name to count (for example
 *     audio's {@code empty_wavs}: WAV files with no samples, padded to silence); reported beside
 *     the metrics, never compared; omitted from the file when empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunResult(
    String modality,
    String experiment,
    String arm,
    long seed,
    Map<String, Double> metrics,
    Map<String, Boolean> higherIsBetter,
    Map<String, Object> config,
    String started,
    String finished,
    double wallSeconds,
    Map<String, String> versions,
    String host,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> counts) {

  /** The file name inside a run directory. */
  public static final String FILE_NAME = "result.json";

  /** Checks that every required field is present. */
  public RunResult {
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(experiment, "experiment");
    Objects.requireNonNull(arm, "arm");
    metrics = Map.copyOf(new TreeMap<>(Objects.requireNonNull(metrics, "metrics")));
    higherIsBetter = Map.copyOf(Objects.requireNonNull(higherIsBetter, "higherIsBetter"));
    for (String name : metrics.keySet()) {
      if (!higherIsBetter.containsKey(name)) {
        throw new IllegalArgumentException("metric '" + name + "' has no higher_is_better entry");
      }
    }
    config = config == null ? Map.of() : config;
    versions = versions == null ? Map.of() : Map.copyOf(versions);
    counts = counts == null ? Map.of() : Map.copyOf(new TreeMap<>(counts));
  }

  /** A result without {@code counts}. */
  public RunResult(
      String modality,
      String experiment,
      String arm,
      long seed,
      Map<String, Double> metrics,
      Map<String, Boolean> higherIsBetter,
      Map<String, Object> config,
      String started,
      String finished,
      double wallSeconds,
      Map<String, String> versions,
      String host) {
    this(
        modality,
        experiment,
        arm,
        seed,
        metrics,
        higherIsBetter,
        config,
        started,
        finished,
        wallSeconds,
        versions,
        host,
        Map.of());
  }

  /**
   * This result under another arm name, everything else unchanged: how a reader counts runs written
   * under an arm's earlier name (before the arm-naming rule changed) as the arm's runs.
   */
  public RunResult withArm(String newArm) {
    return new RunResult(
        modality,
        experiment,
        newArm,
        seed,
        metrics,
        higherIsBetter,
        config,
        started,
        finished,
        wallSeconds,
        versions,
        host,
        counts);
  }

  /** Writes this result to {@code runDir/result.json} atomically. */
  public void writeTo(Path runDir) {
    Json.writeFile(runDir.resolve(FILE_NAME), this);
  }

  /** Reads {@code file}; the error names the file. */
  public static RunResult read(Path file) {
    return Json.readFile(file, RunResult.class);
  }
}
