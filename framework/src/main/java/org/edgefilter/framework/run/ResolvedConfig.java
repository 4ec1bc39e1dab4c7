package org.edgefilter.framework.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.edgefilter.framework.io.Json;

/**
 * The content of a run directory's {@code config.json}: the complete resolved configuration (preset
 * plus overrides) and what else is needed to rerun the run and trust its result.
 *
 * @param modality vision, language, nerf or audio
 * @param experiment the experiment's name
 * @param arm the named configuration
 * @param seed the one seed that drives initialization, shuffling, augmentation and corruptions
 * @param config the configuration record as a JSON object (record component name to value)
 * @param gitRevision the commit of the working tree, or {@code unknown}
 * @param versions component to version: {@code project}, {@code tensorflow}, {@code java}, {@code
 *     git}
 * @param host the machine's name
 * @param written ISO-8601 instant the file was first written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ResolvedConfig(
    String modality,
    String experiment,
    String arm,
    long seed,
    Map<String, Object> config,
    String gitRevision,
    Map<String, String> versions,
    String host,
    String written) {

  /** The file name inside a run directory. */
  public static final String FILE_NAME = "config.json";

  /** Checks that every required field is present. */
  public ResolvedConfig {
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(experiment, "experiment");
    Objects.requireNonNull(arm, "arm");
    config = config == null ? Map.of() : config;
    versions = versions == null ? Map.of() : Map.copyOf(versions);
  }

  /**
   * The configuration converted back into its record type, e.g. to rerun from a {@code
   * config.json}; unknown keys are an error (the shared mapper is strict).
   */
  public <T> T configAs(Class<T> type) {
    return Json.mapper().convertValue(config, type);
  }

  /** Reads {@code file}; the error names the file. */
  public static ResolvedConfig read(Path file) {
    return Json.readFile(file, ResolvedConfig.class);
  }
}
