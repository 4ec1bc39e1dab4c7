package org.edgefilter.bench.ablation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filter's {@code --set} keys shared by every modality, and the arm-naming rule
 * {@code ef-<kind>-k<kernelSize>-p<position>}, with {@code -<padding>}, {@code -<mode>} and
 * {@code -s<scale>} appended when they differ from the ablation's defaults (or the defaults leave
 * them to the modality); the baseline arm is {@code baseline}.
 */
public final class FilterSetting {

  public static final String KIND = "filter.kind";
  public static final String SCALE = "filter.scale";
  public static final String KERNEL_SIZE = "filter.kernelSize";
  public static final String PADDING = "filter.padding";
  public static final String MODE = "filter.mode";
  public static final String POSITION = "filter.position";

  /** The keys every ablation's defaults must give: they make up the arm name. */
  public static final List<String> REQUIRED = List.of("filter.kind", "filter.kernelSize",
      "filter.position");

  /** Every key, in the order arms pass them. */
  public static final List<String> KEYS =
      List.of(KIND, KERNEL_SIZE, POSITION, PADDING, MODE, SCALE);

  static final Set<String> KINDS = Set.of("mean", "gaussian", "median", "discrete-gaussian");
  static final Set<String> PADDINGS = Set.of("reflect", "zero", "replicate");
  static final Set<String> MODES =
      Set.of("high-pass", "low-pass", "low-pass-no-grad", "identity");

  private FilterSetting() {}

  /**
   * Checks one value and returns it in canonical text (integers without a fraction, scale in
   * plain notation).
   *
   * @throws IllegalArgumentException naming the key and what it accepts
   */
  static String canonical(String key, Object value) {
    String v = String.valueOf(value).trim();
    switch (key) {
      case KIND -> check(KINDS.contains(v), key, v, KINDS.toString());
      case PADDING -> check(PADDINGS.contains(v), key, v, PADDINGS.toString());
      case MODE -> check(MODES.contains(v), key, v, MODES.toString());
      case KERNEL_SIZE -> {
        int k = integer(key, v);
        check(k >= 1 && k % 2 == 1, key, v, "an odd size >= 1");
        return Integer.toString(k);
      }
      case POSITION -> {
        int p = integer(key, v);
        check(p >= 0, key, v, "a position >= 0");
        return Integer.toString(p);
      }
      case SCALE -> {
        double d;
        try {
          d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(key + " = '" + v + "': expected a number");
        }
        check(d > 0 && Double.isFinite(d), key, v, "a positive number");
        return new BigDecimal(v).stripTrailingZeros().toPlainString();
      }
      default -> throw new IllegalArgumentException("unknown filter key '" + key + "'; known: "
          + KEYS);
    }
    return v;
  }

  private static int integer(String key, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " = '" + v + "': expected an integer");
    }
  }

  private static void check(boolean ok, String key, String v, String expected) {
    if (!ok) {
      throw new IllegalArgumentException(key + " = '" + v + "': expected " + expected);
    }
  }

  /**
   * The arm name of {@code setting} (at least the {@link #REQUIRED} keys) given the ablation's
   * {@code defaults}.
   */
  static String armName(Map<String, String> setting, Map<String, String> defaults) {
    StringBuilder s = new StringBuilder("ef-").append(setting.get(KIND))
        .append("-k").append(setting.get(KERNEL_SIZE))
        .append("-p").append(setting.get(POSITION));
    for (String key : List.of(PADDING, MODE)) {
      if (setting.containsKey(key) && !setting.get(key).equals(defaults.get(key))) {
        s.append('-').append(setting.get(key));
      }
    }
    if (setting.containsKey(SCALE) && !setting.get(SCALE).equals(defaults.get(SCALE))) {
      s.append("-s").append(setting.get(SCALE));
    }
    return s.toString();
  }

  /** {@code --set key=value} words for every key present, in {@link #KEYS} order. */
  static List<String> setWords(Map<String, String> setting) {
    Map<String, String> ordered = new LinkedHashMap<>();
    KEYS.stream().filter(setting::containsKey).forEach(k -> ordered.put(k, setting.get(k)));
    return ordered.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of("--set", e.getKey() + "=" + e.getValue()))
        .toList();
  }
}
