package org.edgefilter.bench.ablation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.edgefilter.bench.sweep.ArmSpec;
import org.edgefilter.bench.sweep.CommandTemplate;
import org.edgefilter.bench.sweep.Durations;
import org.edgefilter.bench.sweep.Seeds;
import org.edgefilter.bench.sweep.ShellWords;
import org.edgefilter.bench.sweep.SweepSpec;
import org.edgefilter.framework.io.Json;

/**
 * An ablation: factors of the filter, each with its levels, varied one at a time around the
 * ablation's defaults, plus one shared baseline arm. Read from JSON:
 *
 * <pre>{@code
 * {
 *   "name": "vision",
 *   "modality": "vision", "experiment": "ablation",
 *   "runs": "../runs", "workdir": "..",
 *   "command": "./edgefilter vision tta --preset quick --name {experiment} --seed {seed}
 *               --runs {runs} {args}",
 *   "baseline": ["--arm", "baseline"],
 *   "filter": ["--arm", "filter"],
 *   "seeds": "0..2",
 *   "metrics": ["tent/mean_acc"],
 *   "defaults": {"filter.kind": "mean", "filter.kernelSize": 11, "filter.position": 1,
 *                "filter.padding": "reflect", "filter.mode": "high-pass", "filter.scale": 1},
 *   "factors": [
 *     {"name": "kernel size", "key": "filter.kernelSize", "levels": [3, 7, 11, 15]},
 *     {"name": "padding", "key": "filter.padding", "levels": ["zero", "reflect"],
 *      "seeds": "0..4"},
 *     {"name": "low-pass kind, k = 3", "key": "filter.kind",
 *      "levels": ["mean", "gaussian"], "set": {"filter.kernelSize": 3}}
 *   ],
 *   "aliases": {"ef-mean-k11-p1": ["ef-mean-k11-pos1"]}
 * }
 * }</pre>
 *
 * <p>Every level is an arm: the defaults, then the factor's {@code set}, then the level. Arms named
 * alike by the arm-naming rule ({@link FilterSetting}) are one arm (the defaults' arm usually
 * appears in several factors) and run with the union of their factors' seeds; the baseline runs
 * with every seed of the ablation, so every level pairs with it. A filter arm's extra words are the
 * {@code filter} words followed by {@code --set key=value} for every filter key. Relative {@code
 * runs} and {@code workdir} resolve against the file's directory; unknown keys are an error.
 *
 * <p>{@code aliases} (optional) gives earlier names of a filter arm: runs whose {@code result.json}
 * names the arm by one of them (runs written before the arm-naming rule changed, such as a study's
 * runs the ablation reuses) are read as the arm's runs by the report.
 *
 * @param name the ablation's name
 * @param modality the runs' modality
 * @param experiment the runs' experiment (folder)
 * @param runs the runs root
 * @param workdir where runs start
 * @param command the command of one run
 * @param baselineArgs extra words of the baseline arm
 * @param filterArgs words every filter arm gets before its {@code --set}s
 * @param seeds the default seeds of a factor
 * @param metrics the metrics compared and plotted
 * @param defaults the filter setting every factor varies around: at least {@link
 *     FilterSetting#REQUIRED}; a key left out is not passed (the modality's default)
 * @param factors the factors, in report order
 * @param parallel runs at once
 * @param timeout per-run limit; null for none
 * @param aliases filter arm to its earlier names; empty when none
 */
public record AblationSpec(
    String name,
    String modality,
    String experiment,
    Path runs,
    Path workdir,
    CommandTemplate command,
    List<String> baselineArgs,
    List<String> filterArgs,
    List<Long> seeds,
    List<String> metrics,
    Map<String, String> defaults,
    List<Factor> factors,
    int parallel,
    Duration timeout,
    Map<String, List<String>> aliases) {

  /** The baseline arm's name. */
  public static final String BASELINE = "baseline";

  private static final Set<String> KEYS =
      Set.of(
          "name",
          "modality",
          "experiment",
          "runs",
          "workdir",
          "command",
          "baseline",
          "filter",
          "seeds",
          "metrics",
          "defaults",
          "factors",
          "parallel",
          "timeout",
          "aliases");
  private static final Set<String> FACTOR_KEYS = Set.of("name", "key", "levels", "set", "seeds");

  /**
   * One factor.
   *
   * @param name in words, e.g. "kernel size"
   * @param key the filter key it varies
   * @param levels the key's values, canonical, in order
   * @param set other keys fixed for this factor (over the defaults)
   * @param seeds this factor's seeds
   */
  public record Factor(
      String name, String key, List<String> levels, Map<String, String> set, List<Long> seeds) {
    public Factor {
      levels = List.copyOf(levels);
      set = Map.copyOf(set);
      seeds = List.copyOf(seeds);
    }
  }

  /**
   * One level of a factor and the arm that runs it.
   *
   * @param level the value, e.g. {@code 7}
   * @param arm the arm's name
   */
  public record Level(String level, String arm) {}

  /**
   * An arm of the ablation.
   *
   * @param name its name
   * @param setting every filter key's value; empty for the baseline
   * @param seeds its seeds, ascending
   */
  public record Arm(String name, Map<String, String> setting, List<Long> seeds) {}

  public AblationSpec {
    Objects.requireNonNull(command, "command");
    baselineArgs = List.copyOf(baselineArgs);
    filterArgs = List.copyOf(filterArgs);
    seeds = List.copyOf(seeds);
    metrics = List.copyOf(metrics);
    defaults = Map.copyOf(defaults);
    factors = List.copyOf(factors);
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("'metrics' needs at least one metric");
    }
    if (factors.isEmpty()) {
      throw new IllegalArgumentException("'factors' needs at least one factor");
    }
    if (!defaults.keySet().containsAll(FilterSetting.REQUIRED)) {
      throw new IllegalArgumentException(
          "'defaults' must give "
              + FilterSetting.REQUIRED
              + " (they make up the arm names), got "
              + new TreeMap<>(defaults).keySet());
    }
    List<Arm> all = arms(defaults, factors, seeds); // checks that equal names mean equal settings
    aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
    checkAliases(aliases, all);
  }

  /**
   * The arm a run named {@code arm} belongs to: the filter arm {@code arm} is an earlier name of
   * ({@code aliases}), else {@code arm} itself.
   */
  public String canonicalArm(String arm) {
    for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
      if (e.getValue().contains(arm)) {
        return e.getKey();
      }
    }
    return arm;
  }

  private static void checkAliases(Map<String, List<String>> aliases, List<Arm> arms) {
    Set<String> filterArms = new TreeSet<>();
    arms.subList(1, arms.size()).forEach(a -> filterArms.add(a.name()));
    Set<String> seen = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
      if (!filterArms.contains(e.getKey())) {
        throw new IllegalArgumentException(
            "'aliases' names arm '"
                + e.getKey()
                + "', which is not a filter arm of this ablation (its filter arms: "
                + filterArms
                + ")");
      }
      for (String alias : e.getValue()) {
        if (alias.isBlank()
            || alias.equals(BASELINE)
            || filterArms.contains(alias)
            || !seen.add(alias)) {
          throw new IllegalArgumentException(
              "'aliases."
                  + e.getKey()
                  + "': '"
                  + alias
                  + "' must be a non-empty name that is no arm of this ablation and no other"
                  + " arm's alias");
        }
      }
    }
  }

  /** The levels of {@code factor} with their arms. */
  public List<Level> levels(Factor factor) {
    List<Level> out = new ArrayList<>();
    for (String level : factor.levels()) {
      out.add(new Level(level, FilterSetting.armName(setting(defaults, factor, level))));
    }
    return out;
  }

  /** Every arm, the baseline first, then in the order factors introduce them. */
  public List<Arm> arms() {
    return arms(defaults, factors, seeds);
  }

  /** The sweep that runs this ablation. */
  public SweepSpec toSweep() {
    return toSweepBuilder().build();
  }

  /** The sweep as a builder, for command-line overrides (parallel, timeout, runs). */
  public SweepSpec.Builder toSweepBuilder() {
    List<Arm> arms = arms();
    List<ArmSpec> specs = new ArrayList<>();
    for (Arm a : arms) {
      List<String> args = new ArrayList<>();
      if (a.name().equals(BASELINE)) {
        args.addAll(baselineArgs);
      } else {
        args.addAll(filterArgs);
        args.addAll(FilterSetting.setWords(a.setting()));
      }
      specs.add(new ArmSpec(a.name(), args, a.seeds()));
    }
    SweepSpec.Builder b =
        SweepSpec.builder()
            .setModality(modality)
            .setExperiment(experiment)
            .setCommand(command)
            .setArms(specs)
            .setSeeds(arms.get(0).seeds())
            .optRuns(runs)
            .optWorkdir(workdir)
            .optParallel(parallel);
    if (timeout != null) {
      b.optTimeout(timeout);
    }
    return b;
  }

  private static Map<String, String> setting(Map<String, String> defaults, Factor f, String level) {
    Map<String, String> s = new TreeMap<>(defaults);
    s.putAll(f.set());
    s.put(f.key(), level);
    return s;
  }

  private static List<Arm> arms(
      Map<String, String> defaults, List<Factor> factors, List<Long> seeds) {
    Map<String, Map<String, String>> settings = new LinkedHashMap<>();
    Map<String, TreeSet<Long>> armSeeds = new LinkedHashMap<>();
    TreeSet<Long> all = new TreeSet<>();
    for (Factor f : factors) {
      for (String level : f.levels()) {
        Map<String, String> s = setting(defaults, f, level);
        String name = FilterSetting.armName(s);
        Map<String, String> known = settings.putIfAbsent(name, s);
        if (known != null && !known.equals(s)) {
          throw new IllegalArgumentException(
              "factor '"
                  + f.name()
                  + "' level "
                  + level
                  + " names arm '"
                  + name
                  + "' with setting "
                  + s
                  + ", but another level gave it "
                  + known
                  + " (the arm-naming rule does not tell them apart; give the key in "
                  + "'defaults' or drop one level)");
        }
        armSeeds.computeIfAbsent(name, n -> new TreeSet<>()).addAll(f.seeds());
        all.addAll(f.seeds());
      }
    }
    if (settings.containsKey(BASELINE)) {
      throw new IllegalArgumentException("no filter arm may be named '" + BASELINE + "'");
    }
    List<Arm> out = new ArrayList<>();
    out.add(new Arm(BASELINE, Map.of(), List.copyOf(all)));
    for (Map.Entry<String, Map<String, String>> e : settings.entrySet()) {
      out.add(new Arm(e.getKey(), e.getValue(), List.copyOf(armSeeds.get(e.getKey()))));
    }
    return out;
  }

  /** True when {@code root} looks like an ablation file (it has {@code factors}). */
  public static boolean isAblation(JsonNode root) {
    return root != null && root.isObject() && root.has("factors");
  }

  /** Reads {@code file}; every error names it and the key. */
  public static AblationSpec read(Path file) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not read ablation " + file + ": " + e.getMessage().lines().findFirst().orElse(""),
          e);
    }
    try {
      return parse(root, file.toAbsolutePath().getParent());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("ablation " + file + ": " + e.getMessage(), e);
    }
  }

  static AblationSpec parse(JsonNode root, Path baseDir) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    unknown(root, KEYS, "");
    List<Long> seeds = seeds(root.get("seeds"), "seeds");
    Map<String, String> defaults = settingMap(root.get("defaults"), "defaults");
    List<Factor> factors = new ArrayList<>();
    JsonNode fs = root.get("factors");
    if (fs == null || !fs.isArray()) {
      throw new IllegalArgumentException("'factors' must be an array");
    }
    for (int i = 0; i < fs.size(); i++) {
      JsonNode f = fs.get(i);
      String where = "factors[" + i + "]";
      if (!f.isObject()) {
        throw new IllegalArgumentException(where + " must be an object");
      }
      unknown(f, FACTOR_KEYS, where + ".");
      String key = text(f, "key", where);
      if (!FilterSetting.KEYS.contains(key)) {
        throw new IllegalArgumentException(
            where + ".key '" + key + "' is not one of " + FilterSetting.KEYS);
      }
      JsonNode levels = f.get("levels");
      if (levels == null || !levels.isArray() || levels.isEmpty()) {
        throw new IllegalArgumentException(where + ".levels must be a non-empty array");
      }
      List<String> ls = new ArrayList<>();
      for (JsonNode l : levels) {
        ls.add(canonical(key, l, where + ".levels"));
      }
      Map<String, String> set = f.has("set") ? settingMap(f.get("set"), where + ".set") : Map.of();
      List<Long> fSeeds = f.has("seeds") ? seeds(f.get("seeds"), where + ".seeds") : seeds;
      factors.add(new Factor(text(f, "name", where), key, ls, set, fSeeds));
    }
    List<String> metrics = new ArrayList<>();
    JsonNode ms = root.get("metrics");
    if (ms == null || !ms.isArray()) {
      throw new IllegalArgumentException("'metrics' must be an array of metric names");
    }
    ms.forEach(m -> metrics.add(m.asText()));
    Path runs = baseDir.resolve(root.has("runs") ? text(root, "runs", "") : "runs");
    Path workdir = root.has("workdir") ? baseDir.resolve(text(root, "workdir", "")) : baseDir;
    int parallel = root.has("parallel") ? root.get("parallel").asInt(0) : 1;
    Duration timeout = root.has("timeout") ? Durations.parse(root.get("timeout").asText()) : null;
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    if (root.has("aliases")) {
      JsonNode a = root.get("aliases");
      if (!a.isObject()) {
        throw new IllegalArgumentException(
            "'aliases' must be an object of arm name to its earlier names");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isArray() || e.getValue().isEmpty()) {
          throw new IllegalArgumentException(
              "'aliases." + e.getKey() + "' must be a non-empty array of names");
        }
        aliases.put(e.getKey(), words(e.getValue(), "aliases." + e.getKey()));
      }
    }
    return new AblationSpec(
        text(root, "name", ""),
        text(root, "modality", ""),
        text(root, "experiment", ""),
        runs,
        workdir,
        CommandTemplate.parse(text(root, "command", "")),
        words(root.get("baseline"), "baseline"),
        words(root.get("filter"), "filter"),
        seeds,
        metrics,
        defaults,
        factors,
        parallel,
        timeout,
        aliases);
  }

  private static void unknown(JsonNode n, Set<String> known, String prefix) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        throw new IllegalArgumentException(
            "unknown key '" + prefix + k + "'; known: " + new TreeSet<>(known));
      }
    }
  }

  private static String text(JsonNode n, String key, String where) {
    JsonNode v = n.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(
          "'" + (where.isEmpty() ? "" : where + ".") + key + "' must be a non-empty string");
    }
    return v.asText();
  }

  private static String canonical(String key, JsonNode v, String where) {
    if (!v.isValueNode() || v.isNull()) {
      throw new IllegalArgumentException(
          where + ": " + key + " value must be a string or " + "number, got " + v);
    }
    return FilterSetting.canonical(key, v.isNumber() ? v.numberValue() : v.asText());
  }

  private static Map<String, String> settingMap(JsonNode n, String where) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException(
          "'" + where + "' must be an object of filter key to " + "value");
    }
    Map<String, String> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), canonical(e.getKey(), e.getValue(), where));
    }
    return out;
  }

  private static List<Long> seeds(JsonNode n, String where) {
    if (n == null || !n.isTextual()) {
      throw new IllegalArgumentException("'" + where + "' must be a string like \"0..2\"");
    }
    return Seeds.parse(n.asText());
  }

  private static List<String> words(JsonNode n, String where) {
    if (n == null) {
      return List.of();
    }
    if (n.isTextual()) {
      return ShellWords.split(n.asText());
    }
    if (!n.isArray()) {
      throw new IllegalArgumentException("'" + where + "' must be a string or an array");
    }
    List<String> out = new ArrayList<>();
    n.forEach(w -> out.add(w.asText()));
    return out;
  }
}
