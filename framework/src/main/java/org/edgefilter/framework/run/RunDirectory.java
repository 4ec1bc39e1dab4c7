package org.edgefilter.framework.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.edgefilter.framework.io.Json;

/**
 * One run's folder, {@code <root>/<modality>/<experiment>/<arm>/seed-<n>/}, holding {@code
 * config.json}, {@code metrics.jsonl}, TensorBoard event files, {@code checkpoint/} and, once the
 * run has completed, {@code result.json} (see DESIGN.md, "A run directory").
 *
 * <p>Typical use: {@link #open}, {@link #writeConfig}, {@link #openMetricsLog} and {@link
 * #openSummaryWriter} while training (the caller closes both), then {@link #writeResult} last. A
 * resumed run opens the same folder again; {@link #writeConfig} then insists the configuration is
 * unchanged.
 */
public final class RunDirectory {

  /** The checkpoint sub-folder's name. */
  public static final String CHECKPOINT_DIR = "checkpoint";

  private static final TypeReference<LinkedHashMap<String, Object>> OBJECT =
      new TypeReference<>() {};

  private final RunPath address;
  private final Path path;
  private final String modality;
  private final String experiment;
  private final String arm;
  private final long seed;
  private final Clock clock;
  private final Supplier<Map<String, String>> versions;
  private final Instant started;
  private ResolvedConfig config;

  private RunDirectory(RunPath address, Clock clock, Supplier<Map<String, String>> versions) {
    this.address = address;
    this.modality = address.modality();
    this.experiment = address.experiment();
    this.arm = address.arm();
    this.seed = address.seed();
    this.path = address.path();
    this.clock = clock;
    this.versions = versions;
    this.started = clock.instant();
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create run directory " + path, e);
    }
  }

  /**
   * Creates (or opens, to resume) {@code root/modality/experiment/arm/seed-<seed>/}. The run's
   * start time is now. Names must be plain path segments ({@code [A-Za-z0-9][A-Za-z0-9._+=-]*}).
   */
  public static RunDirectory open(
      Path root, String modality, String experiment, String arm, long seed) {
    return open(new RunPath(root, modality, experiment, arm, seed));
  }

  /** Creates (or opens, to resume) the run folder of {@code address}. */
  public static RunDirectory open(RunPath address) {
    return new RunDirectory(address, Clock.systemUTC(), Versions::all);
  }

  /** For tests: a fixed clock and versions, so no native library is needed. */
  static RunDirectory open(
      Path root,
      String modality,
      String experiment,
      String arm,
      long seed,
      Clock clock,
      Supplier<Map<String, String>> versions) {
    return new RunDirectory(new RunPath(root, modality, experiment, arm, seed), clock, versions);
  }

  /** The run's address (root, modality, experiment, arm, seed). */
  public RunPath address() {
    return address;
  }

  /** The folder itself; also the TensorBoard log directory of this run. */
  public Path path() {
    return path;
  }

  /** The modality, e.g. {@code vision}. */
  public String modality() {
    return modality;
  }

  /** The experiment name. */
  public String experiment() {
    return experiment;
  }

  /** The arm name, e.g. {@code baseline}. */
  public String arm() {
    return arm;
  }

  /** The run seed. */
  public long seed() {
    return seed;
  }

  /** When this process opened the run directory. */
  public Instant started() {
    return started;
  }

  /** The run's {@code config.json}. */
  public Path configFile() {
    return path.resolve(ResolvedConfig.FILE_NAME);
  }

  /** The run's {@code metrics.jsonl}. */
  public Path metricsFile() {
    return path.resolve(MetricsLog.FILE_NAME);
  }

  /** The run's {@code result.json}; it exists once the run has completed. */
  public Path resultFile() {
    return path.resolve(RunResult.FILE_NAME);
  }

  /** The checkpoint folder ({@code checkpoint/}), created if missing. */
  public Path checkpointDir() {
    Path dir = path.resolve(CHECKPOINT_DIR);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + dir, e);
    }
    return dir;
  }

  /** Whether the run finished: {@code result.json} exists (it is written last). */
  public boolean completed() {
    return Files.isRegularFile(resultFile());
  }

  /**
   * Writes {@code config.json} atomically: {@code resolvedConfig} (a record or anything Jackson
   * serializes to a JSON object) with the seed, git revision, versions and host. If the file
   * already exists (a resumed run), the configuration must be the same: otherwise this throws,
   * naming the file and the keys that differ, and the existing file is kept.
   *
   * @return what is in {@code config.json} now
   */
  public synchronized ResolvedConfig writeConfig(Object resolvedConfig) {
    Map<String, Object> asMap = toJsonObject(resolvedConfig);
    Path file = configFile();
    if (Files.isRegularFile(file)) {
      ResolvedConfig existing = ResolvedConfig.read(file);
      checkSameConfig(file, existing.config(), asMap);
      config = existing;
      return existing;
    }
    Map<String, String> recorded = versions.get();
    config =
        new ResolvedConfig(
            modality,
            experiment,
            arm,
            seed,
            asMap,
            recorded.getOrDefault("git", GitRevision.UNKNOWN),
            recorded,
            Versions.host(),
            clock.instant().toString());
    Json.writeFile(file, config);
    return config;
  }

  /** The configuration written by {@link #writeConfig}, or read from {@code config.json}. */
  public synchronized ResolvedConfig config() {
    if (config == null) {
      if (!Files.isRegularFile(configFile())) {
        throw new IllegalStateException(
            "no configuration yet: " + configFile() + " does not exist; call writeConfig first");
      }
      config = ResolvedConfig.read(configFile());
    }
    return config;
  }

  /** Opens {@code metrics.jsonl} for appending; the caller closes it. */
  public MetricsLog openMetricsLog() {
    return MetricsLog.open(metricsFile(), clock);
  }

  /**
   * Opens {@code metrics.jsonl} for a run whose training resumes from a checkpoint taken after
   * {@code checkpointStep} updates (0 when it starts afresh): the records logged after that
   * checkpoint, which the run is about to log again, are first removed atomically ({@link
   * MetricsLog#retain} with {@link MetricsLog#upToStep}). The caller closes the log.
   */
  public MetricsLog openMetricsLogResumingAt(long checkpointStep) {
    MetricsLog.retain(metricsFile(), MetricsLog.upToStep(checkpointStep));
    return openMetricsLog();
  }

  /** Opens a TensorBoard scalar writer whose event file goes into this folder; caller closes. */
  public ScalarSummaryWriter openSummaryWriter() {
    return ScalarSummaryWriter.open(path);
  }

  /**
   * Writes {@code result.json} atomically, the run's last act: the metrics with their directions,
   * the configuration from {@code config.json}, the start (when this process opened the folder),
   * finish (now), wall-clock seconds between them, versions and host.
   *
   * @param metrics metric name to value
   * @param higherIsBetter metric name to direction; every metric needs one
   */
  public RunResult writeResult(Map<String, Double> metrics, Map<String, Boolean> higherIsBetter) {
    return writeResult(metrics, higherIsBetter, Map.of());
  }

  /**
   * {@link #writeResult(Map, Map)} with {@code counts}: input-data events that are not metrics (see
   * {@link RunResult#counts()}).
   */
  public RunResult writeResult(
      Map<String, Double> metrics, Map<String, Boolean> higherIsBetter, Map<String, Long> counts) {
    ResolvedConfig resolved = config();
    Instant finished = clock.instant();
    double wallSeconds = Duration.between(started, finished).toNanos() / 1e9;
    RunResult result =
        new RunResult(
            modality,
            experiment,
            arm,
            seed,
            metrics,
            higherIsBetter,
            resolved.config(),
            started.toString(),
            finished.toString(),
            wallSeconds,
            resolved.versions(),
            resolved.host(),
            counts);
    result.writeTo(path);
    return result;
  }

  private static Map<String, Object> toJsonObject(Object value) {
    Objects.requireNonNull(value, "resolvedConfig");
    // Through text, so that numbers compare equal to what a later read of the file gives.
    String text = Json.writeLine(value);
    try {
      JsonNode node = Json.mapper().readTree(text);
      if (!node.isObject()) {
        throw new IllegalArgumentException(
            "a configuration must serialize to a JSON object, "
                + value.getClass().getName()
                + " gives "
                + node.getNodeType());
      }
      return Json.mapper().convertValue(node, OBJECT);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialize " + value.getClass().getName(), e);
    }
  }

  private static void checkSameConfig(
      Path file, Map<String, Object> existing, Map<String, Object> requested) {
    JsonNode before = Json.mapper().valueToTree(existing);
    JsonNode now = Json.mapper().valueToTree(requested);
    if (before.equals(now)) {
      return;
    }
    StringBuilder differences = new StringBuilder();
    java.util.Set<String> keys = new java.util.TreeSet<>();
    before.fieldNames().forEachRemaining(keys::add);
    now.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      JsonNode a = before.get(key);
      JsonNode b = now.get(key);
      if (!Objects.equals(a, b)) {
        differences.append("\n  ").append(key).append(": ").append(a).append(" -> ").append(b);
      }
    }
    throw new IllegalStateException(
        file
            + " holds a different configuration than this run"
            + " (a resumed run must use the same one); differences:"
            + differences
            + "\nUse another --runs root or arm, or delete the run folder to start over.");
  }
}
