package org.edgefilter.bench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edgefilter.framework.io.Json;

/**
 * Reads a sweep spec from JSON into a {@link SweepSpec.Builder} (so CLI options can override it).
 *
 * <pre>{@code
 * {
 *   "modality": "vision",
 *   "experiment": "quick",
 *   "runs": "runs",
 *   "command": "java -cp app.jar org.edgefilter.vision.VisionCli train-eval --arm {arm}
 *               --seed {seed} --runs {runs} {args}",
 *   "arms": {"baseline": [], "ef-mean-k3": ["--filter", "mean", "--kernel", "3"]},
 *   "seeds": "0..4",
 *   "parallel": 2,
 *   "timeout": "2h",
 *   "env": {"TF_CPP_MIN_LOG_LEVEL": "2"},
 *   "workdir": "."
 * }
 * }</pre>
 *
 * <p>{@code command} is a string (split like a shell) or an array of words; {@code arms} is an
 * object of name to extra words (array or string), or an array of {@code {"name", "args"}}; {@code
 * seeds} is an array of integers or a string like {@code "0..4"} or {@code "0,1,2"}. Relative
 * {@code runs} and {@code workdir} resolve against the spec file's directory. Unknown keys are an
 * error.
 */
public final class SweepSpecFile {

  private static final Set<String> KEYS =
      Set.of(
          "modality",
          "experiment",
          "runs",
          "command",
          "arms",
          "seeds",
          "parallel",
          "timeout",
          "env",
          "workdir");

  private SweepSpecFile() {}

  /** Reads {@code file}; every error names the file and the key. */
  public static SweepSpec.Builder read(Path file) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not read sweep spec " + file + ": " + e.getMessage(), e);
    }
    try {
      return parse(root, file.toAbsolutePath().getParent());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sweep spec " + file + ": " + e.getMessage(), e);
    }
  }

  static SweepSpec.Builder parse(JsonNode root, Path baseDir) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown key '" + key + "'; known: " + KEYS);
      }
    }
    SweepSpec.Builder b =
        SweepSpec.builder()
            .setModality(text(root, "modality"))
            .setExperiment(text(root, "experiment"))
            .setCommand(command(root.get("command")))
            .setArms(arms(root.get("arms")))
            .setSeeds(seeds(root.get("seeds")));
    if (root.has("runs")) {
      b.optRuns(baseDir.resolve(text(root, "runs")));
    } else {
      b.optRuns(baseDir.resolve("runs"));
    }
    b.optWorkdir(root.has("workdir") ? baseDir.resolve(text(root, "workdir")) : baseDir);
    if (root.has("parallel")) {
      JsonNode p = root.get("parallel");
      if (!p.canConvertToInt() || !p.isIntegralNumber()) {
        throw new IllegalArgumentException("'parallel' must be an integer, got " + p);
      }
      b.optParallel(p.intValue());
    }
    if (root.has("timeout")) {
      JsonNode t = root.get("timeout");
      b.optTimeout(Durations.parse(t.isNumber() ? Long.toString(t.longValue()) : t.asText()));
    }
    if (root.has("env")) {
      JsonNode env = root.get("env");
      if (!env.isObject()) {
        throw new IllegalArgumentException("'env' must be an object of name to value");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = env.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isValueNode()) {
          throw new IllegalArgumentException("env '" + e.getKey() + "' must be a string");
        }
        b.optEnv(e.getKey(), e.getValue().asText());
      }
    }
    return b;
  }

  private static String text(JsonNode root, String key) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      throw new IllegalArgumentException("missing '" + key + "'");
    }
    if (!n.isTextual() || n.asText().isBlank()) {
      throw new IllegalArgumentException("'" + key + "' must be a non-empty string, got " + n);
    }
    return n.asText();
  }

  private static CommandTemplate command(JsonNode n) {
    if (n == null) {
      throw new IllegalArgumentException("missing 'command'");
    }
    if (n.isTextual()) {
      return CommandTemplate.parse(n.asText());
    }
    return CommandTemplate.of(words(n, "command"));
  }

  private static List<String> words(JsonNode n, String where) {
    if (n.isTextual()) {
      return ShellWords.split(n.asText());
    }
    if (!n.isArray()) {
      throw new IllegalArgumentException("'" + where + "' must be a string or an array of strings");
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode w = n.get(i);
      if (!w.isValueNode() || w.isNull()) {
        throw new IllegalArgumentException(where + "[" + i + "] must be a string, got " + w);
      }
      words.add(w.asText());
    }
    return words;
  }

  private static List<ArmSpec> arms(JsonNode n) {
    if (n == null) {
      throw new IllegalArgumentException("missing 'arms'");
    }
    List<ArmSpec> arms = new ArrayList<>();
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        arms.add(new ArmSpec(e.getKey(), words(e.getValue(), "arms." + e.getKey())));
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        JsonNode a = n.get(i);
        if (a.isTextual()) {
          arms.add(ArmSpec.parse(a.asText()));
          continue;
        }
        if (!a.isObject() || !a.has("name")) {
          throw new IllegalArgumentException(
              "arms[" + i + "] must be a name or {\"name\", \"args\"}");
        }
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
          String key = it.next();
          if (!key.equals("name") && !key.equals("args")) {
            throw new IllegalArgumentException("arms[" + i + "]: unknown key '" + key + "'");
          }
        }
        List<String> args =
            a.has("args") ? words(a.get("args"), "arms[" + i + "].args") : List.of();
        arms.add(new ArmSpec(text(a, "name"), args));
      }
    } else {
      throw new IllegalArgumentException("'arms' must be an object or an array");
    }
    return arms;
  }

  private static List<Long> seeds(JsonNode n) {
    if (n == null) {
      throw new IllegalArgumentException("missing 'seeds'");
    }
    if (n.isTextual()) {
      return Seeds.parse(n.asText());
    }
    if (!n.isArray()) {
      throw new IllegalArgumentException(
          "'seeds' must be an array of integers or a string like \"0..4\"");
    }
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isIntegralNumber()) {
        throw new IllegalArgumentException("seeds[" + i + "] must be an integer, got " + n.get(i));
      }
      seeds.add(n.get(i).longValue());
    }
    return seeds;
  }
}
