package org.edgefilter.bench.ablation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filter's {@code --set} keys shared by every modality, and the project's arm-naming rule (the
 * one of {@link org.edgefilter.framework.filter.FilterConfig#armName}, which names the run folders
 * the modalities write): {@code ef-<kind>[-s<scale>]-k<kernelSize>-p<position>}, the scale only for
 * the Gaussian kinds, then {@code -<padding>} unless reflect and {@code -<mode>} unless high-pass;
 * the baseline arm is {@code baseline}. It is spelled out here, not called, because an ablation
 * names modes (the official no-gradient low pass) before every modality has them; a test checks the
 * two rules agree on every filter the framework can build.
 */
public final class FilterSetting {

  public static final String KIND = "filter.kind";
  public static final String SCALE = "filter.scale";
  public static final String KERNEL_SIZE = "filter.kernelSize";
  public static final String PADDING = "filter.padding";
  public static final String MODE = "filter.mode";
  public static final String POSITION = "filter.position";

  /** The keys every ablation's defaults must give: they make up the arm name. */
  public static final List<String> REQUIRED =
      List.of("filter.kind", "filter.kernelSize", "filter.position");

  /** Every key, in the order arms pass them. */
  public static final List<String> KEYS =
      List.of(KIND, KERNEL_SIZE, POSITION, PADDING, MODE, SCALE);

  static final Set<String> KINDS = Set.of("mean", "gaussian", "median", "discrete-gaussian");
  static final Set<String> PADDINGS = Set.of("reflect", "zero", "replicate");
  static final Set<String> MODES = Set.of("high-pass", "low-pass", "low-pass-no-grad", "identity");

  private FilterSetting() {}

  /**
   * Checks one value and returns it in canonical text (integers without a fraction, scale in plain
   * notation).
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
      default ->
          throw new IllegalArgumentException("unknown filter key '" + key + "'; known: " + KEYS);
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
   * The arm name of {@code setting} (at least the {@link #REQUIRED} keys; a missing padding, mode
   * or scale is the framework's default: reflect, high-pass, 1).
   */
  static String armName(Map<String, String> setting) {
    String kind = setting.get(KIND);
    StringBuilder s = new StringBuilder("ef-").append(kind);
    if (kind.equals("gaussian") || kind.equals("discrete-gaussian")) {
      s.append("-s").append(setting.getOrDefault(SCALE, "1"));
    }
    s.append("-k").append(setting.get(KERNEL_SIZE)).append("-p").append(setting.get(POSITION));
    String padding = setting.getOrDefault(PADDING, "reflect");
    if (!padding.equals("reflect")) {
      s.append('-').append(padding);
    }
    String mode = setting.getOrDefault(MODE, "high-pass");
    if (mode.equals("identity")) {
      return "baseline";
    }
    if (!mode.equals("high-pass")) {
      s.append('-').append(mode);
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
