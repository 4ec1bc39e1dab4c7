package org.edgefilter.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A metric family with one varying path segment, written with {@code *} in that segment: {@code
 * tent/*}{@code /5} matches {@code tent/gaussian_noise/5} with unit {@code gaussian_noise}. The
 * units are the second pairing axis of a comparison (for example the 15 corruptions).
 *
 * @param pattern slash-separated segments, exactly one of them {@code *}
 */
public record AxisPattern(String pattern) {

  /** A family needs at least this many members to be detected automatically. */
  public static final int AUTO_MIN_MEMBERS = 3;

  public AxisPattern {
    Objects.requireNonNull(pattern, "pattern");
    String[] segments = pattern.split("/", -1);
    int stars = 0;
    for (String s : segments) {
      if (s.equals("*")) {
        stars++;
      } else if (s.isEmpty() || s.contains("*")) {
        throw new IllegalArgumentException(
            "axis pattern '" + pattern + "': segments must be non-empty names or a lone '*'");
      }
    }
    if (stars != 1) {
      throw new IllegalArgumentException(
          "axis pattern '" + pattern + "' must have exactly one '*' segment, e.g. tent/*/5");
    }
  }

  /** The unit (the segment under {@code *}) when {@code metric} belongs to this family. */
  public Optional<String> unitOf(String metric) {
    String[] p = pattern.split("/", -1);
    String[] m = metric.split("/", -1);
    if (p.length != m.length) {
      return Optional.empty();
    }
    String unit = null;
    for (int i = 0; i < p.length; i++) {
      if (p[i].equals("*")) {
        unit = m[i];
      } else if (!p[i].equals(m[i])) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(unit);
  }

  /** Unit to metric name for the members of this family among {@code metrics}. */
  public Map<String, String> members(List<String> metrics) {
    Map<String, String> out = new TreeMap<>();
    for (String m : metrics) {
      unitOf(m).ifPresent(u -> out.put(u, m));
    }
    return out;
  }

  /**
   * The families found automatically: names of three segments {@code a/b/c} grouped as {@code
   * a/}{@code *}{@code /c} when at least {@link #AUTO_MIN_MEMBERS} share a and c (the {@code
   * tent/<corruption>/<severity>} convention of the result schema).
   */
  public static List<AxisPattern> detect(List<String> metrics) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String m : metrics) {
      String[] s = m.split("/", -1);
      if (s.length == 3 && !s[0].isEmpty() && !s[1].isEmpty() && !s[2].isEmpty()) {
        counts.merge(s[0] + "/*/" + s[2], 1, Integer::sum);
      }
    }
    List<AxisPattern> out = new ArrayList<>();
    counts.forEach(
        (p, n) -> {
          if (n >= AUTO_MIN_MEMBERS) {
            out.add(new AxisPattern(p));
          }
        });
    return out;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
