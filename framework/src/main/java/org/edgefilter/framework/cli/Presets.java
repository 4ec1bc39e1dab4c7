package org.edgefilter.framework.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Named, immutable configurations of one record type (e.g. {@code smoke}, {@code quick}, {@code
 * paper}) and {@code --set key=value} overrides applied to them.
 *
 * <p>Keys are record component names; a component that is itself a record is reached with a dotted
 * key ({@code optimizer.lr}). Settable types: {@code int, long, double, float, boolean} (and their
 * boxes), {@code String}, {@code Path}, enums (names, case-insensitive, '-' or '_' between words:
 * {@code high-pass}), and {@code List} of {@code Integer, Long, Double, Float, Boolean, String} or
 * an enum, written comma-separated ({@code 16,32,64}; brackets optional; empty for an empty list).
 * An unknown key is an error that lists the valid keys; a key that was renamed is an error naming
 * the new key ({@link Builder#renamed}); the record's own constructor checks still apply. A
 * component annotated {@link Key} is set with the key it names instead of its own name.
 *
 * @param <R> the configuration record type
 */
public final class Presets<R extends Record> {

  /**
   * The {@code --set} key of a top-level record component whose key is not its name, e.g. a
   * modality's own filter setting kept beside the shared {@code filter} record:
   * {@code @Presets.Key("filter.axis") FilterAxis filterAxis} is set with {@code filter.axis}.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface Key {
    /** The dotted key. */
    String value();
  }

  private final Class<R> type;
  private final Map<String, R> presets;
  private final Map<String, String> renamed;

  private Presets(Class<R> type, Map<String, R> presets, Map<String, String> renamed) {
    this.type = type;
    this.presets = presets;
    this.renamed = renamed;
  }

  /** A builder of presets of {@code type}. */
  public static <R extends Record> Builder<R> builder(Class<R> type) {
    return new Builder<>(type);
  }

  /** The configuration record type. */
  public Class<R> type() {
    return type;
  }

  /** The preset names in the order they were added. */
  public List<String> names() {
    return List.copyOf(presets.keySet());
  }

  /** The preset {@code name}; an unknown name is an error listing the valid ones. */
  public R get(String name) {
    R preset = presets.get(name);
    if (preset == null) {
      throw new ConfigException(
          "unknown preset '"
              + name
              + "' for "
              + type.getSimpleName()
              + "; valid presets: "
              + String.join(", ", presets.keySet()));
    }
    return preset;
  }

  /**
   * The preset {@code name} with {@code overrides} ({@code key=value} strings) applied; a key that
   * was renamed is an error naming its new key.
   */
  public R resolve(String name, List<String> overrides) {
    R base = get(name);
    Map<String, String> valid = keyTypes(type);
    for (String assignment : overrides) {
      int eq = assignment.indexOf('=');
      String key = (eq < 0 ? assignment : assignment.substring(0, eq)).trim();
      if (valid.containsKey(key)) {
        continue;
      }
      String newKey = renamedKey(key);
      // A renamed prefix with a typo after it is an unknown key, reported with a suggestion.
      if (newKey != null && valid.containsKey(newKey)) {
        throw new ConfigException(
            "key '"
                + key
                + "' was renamed: use --set "
                + newKey
                + (eq < 0 ? "" : assignment.substring(eq)));
      }
    }
    return override(base, overrides);
  }

  /** The new name of the old key {@code key}, or null: exact renames first, then prefixes. */
  private String renamedKey(String key) {
    String exact = renamed.get(key);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> rename : renamed.entrySet()) {
      if (rename.getKey().endsWith(".") && key.startsWith(rename.getKey())) {
        return rename.getValue() + key.substring(rename.getKey().length());
      }
    }
    return null;
  }

  /** Old key to new key, as declared with {@link Builder#renamed}. */
  public Map<String, String> renamedKeys() {
    return renamed;
  }

  /**
   * {@code base} with each {@code key=value} of {@code assignments} applied in order (a later
   * assignment of the same key wins).
   *
   * @throws ConfigException naming the assignment for a malformed one, an unknown key (listing the
   *     valid keys), a value of the wrong type, or one the record's constructor rejects
   */
  public static <R extends Record> R override(R base, List<String> assignments) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String assignment : assignments) {
      int eq = assignment.indexOf('=');
      if (eq <= 0 || assignment.substring(0, eq).isBlank()) {
        throw new ConfigException("--set '" + assignment + "': expected key=value");
      }
      String key = assignment.substring(0, eq).trim();
      values.remove(key); // keeps command-line order of the last assignment
      values.put(key, assignment.substring(eq + 1));
    }
    return override(base, values);
  }

  /** {@code base} with {@code values} (key to the value's text) applied; see the list form. */
  public static <R extends Record> R override(R base, Map<String, String> values) {
    Objects.requireNonNull(base, "base");
    @SuppressWarnings("unchecked")
    Class<R> type = (Class<R>) base.getClass();
    Map<String, String> valid = keyTypes(type);
    List<String> unknown = values.keySet().stream().filter(k -> !valid.containsKey(k)).toList();
    if (!unknown.isEmpty()) {
      StringBuilder message = new StringBuilder();
      for (String key : unknown) {
        message.append("unknown key '").append(key).append("' for ").append(type.getSimpleName());
        String suggestion = closest(key, valid.keySet());
        if (suggestion != null) {
          message.append(" (did you mean '").append(suggestion).append("'?)");
        }
        message.append("; ");
      }
      message
          .append("valid keys: ")
          .append(
              valid.entrySet().stream()
                  .map(e -> e.getKey() + " (" + e.getValue() + ")")
                  .collect(Collectors.joining(", ")));
      throw new ConfigException(message.toString());
    }
    return apply(base, "", values);
  }

  /**
   * Every settable key of {@code type} (dotted for nested records) with a description of its type,
   * in declaration order, e.g. {@code epochs -> int}, {@code widths -> list of int}.
   */
  public static Map<String, String> keyTypes(Class<? extends Record> type) {
    Map<String, String> keys = new LinkedHashMap<>();
    collectKeys(type, "", keys);
    return keys;
  }

  private static void collectKeys(Class<?> type, String prefix, Map<String, String> keys) {
    for (RecordComponent component : type.getRecordComponents()) {
      String key = keyOf(prefix, component);
      if (component.getType().isRecord()) {
        collectKeys(component.getType(), key + ".", keys);
      } else {
        keys.put(key, describe(component.getGenericType()));
      }
    }
  }

  /** Rebuilds {@code record} with the values whose keys (relative to prefix) name its parts. */
  private static <T extends Record> T apply(T record, String prefix, Map<String, String> values) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    boolean changed = false;
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String key = keyOf(prefix, component);
      Object current = read(record, component);
      if (component.getType().isRecord()) {
        String nestedPrefix = key + ".";
        boolean touched = values.keySet().stream().anyMatch(k -> k.startsWith(nestedPrefix));
        if (touched) {
          if (current == null) {
            throw new ConfigException(
                "cannot set " + nestedPrefix + "* because " + key + " is null in the preset");
          }
          args[i] = apply((Record) current, nestedPrefix, values);
          changed = true;
        } else {
          args[i] = current;
        }
      } else if (values.containsKey(key)) {
        args[i] = parse(values.get(key), component.getGenericType(), key);
        changed = true;
      } else {
        args[i] = current;
      }
    }
    if (!changed) {
      return record;
    }
    return construct(record, components, args, prefix, values);
  }

  /** The dotted key of {@code component}: its {@link Key}, else prefix + name. */
  private static String keyOf(String prefix, RecordComponent component) {
    Key key = component.getAnnotation(Key.class);
    return key != null ? prefix + key.value() : prefix + component.getName();
  }

  private static Object read(Record record, RecordComponent component) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + component.getName() + " of " + record.getClass().getName(), e);
    }
  }

  private static <T extends Record> T construct(
      T record,
      RecordComponent[] components,
      Object[] args,
      String prefix,
      Map<String, String> values) {
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) record.getClass();
    try {
      Constructor<T> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      String given =
          values.entrySet().stream()
              .filter(v -> v.getKey().startsWith(prefix))
              .map(v -> v.getKey() + "=" + v.getValue())
              .collect(Collectors.joining(", "));
      throw new ConfigException(
          type.getSimpleName() + " rejected " + given + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /** Parses {@code text} as a value of {@code type}; the error names the key. */
  static Object parse(String text, Type type, String key) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == List.class) {
      Type element = parameterized.getActualTypeArguments()[0];
      String body = text.trim();
      if (body.startsWith("[") && body.endsWith("]")) {
        body = body.substring(1, body.length() - 1);
      }
      if (body.isBlank()) {
        return List.of();
      }
      List<Object> list = new ArrayList<>();
      String[] parts = body.split(",", -1);
      for (int i = 0; i < parts.length; i++) {
        list.add(parseScalar(parts[i].trim(), element, key + "[" + i + "]"));
      }
      return List.copyOf(list);
    }
    return parseScalar(text, type, key);
  }

  private static Object parseScalar(String text, Type type, String key) {
    if (!(type instanceof Class<?> c)) {
      throw new ConfigException(
          key + " has type " + type.getTypeName() + ", which --set cannot set");
    }
    String t = text.trim();
    try {
      if (c == int.class || c == Integer.class) {
        return Integer.parseInt(t);
      }
      if (c == long.class || c == Long.class) {
        return Long.parseLong(t);
      }
      if (c == double.class || c == Double.class) {
        return finite(Double.parseDouble(t), key, text);
      }
      if (c == float.class || c == Float.class) {
        return (float) finite(Float.parseFloat(t), key, text);
      }
    } catch (NumberFormatException e) {
      throw new ConfigException(
          key + "=" + text + ": expected " + describe(c) + ", got '" + text + "'");
    }
    if (c == boolean.class || c == Boolean.class) {
      if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(t);
      }
      throw new ConfigException(key + "=" + text + ": expected true or false");
    }
    if (c == String.class) {
      return text;
    }
    if (c == Path.class) {
      return Path.of(t);
    }
    if (c.isEnum()) {
      for (Object constant : c.getEnumConstants()) {
        if (((Enum<?>) constant).name().equalsIgnoreCase(t.replace('-', '_'))) {
          return constant;
        }
      }
      throw new ConfigException(key + "=" + text + ": expected " + describe(c));
    }
    throw new ConfigException(key + " has type " + c.getSimpleName() + ", which --set cannot set");
  }

  private static double finite(double value, String key, String text) {
    if (!Double.isFinite(value)) {
      throw new ConfigException(key + "=" + text + ": expected a finite number");
    }
    return value;
  }

  /** A reader's name for {@code type}: {@code int}, {@code one of A|B}, {@code list of int}. */
  static String describe(Type type) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == List.class) {
      return "list of " + describe(parameterized.getActualTypeArguments()[0]);
    }
    if (!(type instanceof Class<?> c)) {
      return type.getTypeName();
    }
    if (c.isEnum()) {
      return "one of "
          + Arrays.stream(c.getEnumConstants())
              .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-'))
              .collect(Collectors.joining("|"));
    }
    if (c == Integer.class) {
      return "int";
    }
    if (c == Long.class || c == Double.class || c == Float.class || c == Boolean.class) {
      return c.getSimpleName().toLowerCase(Locale.ROOT);
    }
    return c.getSimpleName();
  }

  /** The valid key nearest to {@code key} by edit distance, if it is plausibly a typo. */
  private static String closest(String key, Collection<String> valid) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : valid) {
      int d = editDistance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return bestDistance <= Math.max(2, key.length() / 3) ? best : null;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Collects named presets; {@link #build()} needs at least one. */
  public static final class Builder<R extends Record> {
    private final Class<R> type;
    private final Map<String, R> presets = new LinkedHashMap<>();
    private final Map<String, String> renamed = new LinkedHashMap<>();

    private Builder(Class<R> type) {
      this.type = Objects.requireNonNull(type, "type");
    }

    /** Adds the preset {@code name}; names are unique. */
    public Builder<R> add(String name, R preset) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(preset, "preset");
      if (presets.containsKey(name)) {
        throw new IllegalArgumentException("preset '" + name + "' added twice");
      }
      presets.put(name, preset);
      return this;
    }

    /**
     * Declares that {@code oldKey} is now {@code newKey}: {@link #resolve} rejects the old key with
     * a message naming the new one. Keys ending in '.' rename a prefix ({@code training.} to {@code
     * train.}).
     */
    public Builder<R> renamed(String oldKey, String newKey) {
      if (oldKey.endsWith(".") != newKey.endsWith(".")) {
        throw new IllegalArgumentException(
            "rename a key to a key, a prefix to a prefix: " + oldKey + " -> " + newKey);
      }
      renamed.put(oldKey, newKey);
      return this;
    }

    /** Declares every entry of {@code oldToNew} with {@link #renamed(String, String)}. */
    public Builder<R> renamed(Map<String, String> oldToNew) {
      oldToNew.forEach(this::renamed);
      return this;
    }

    /** The presets added so far; at least one is required. */
    public Presets<R> build() {
      if (presets.isEmpty()) {
        throw new IllegalArgumentException("no presets for " + type.getSimpleName());
      }
      return new Presets<>(
          type,
          Collections.unmodifiableMap(new LinkedHashMap<>(presets)),
          Collections.unmodifiableMap(new LinkedHashMap<>(renamed)));
    }
  }
}
