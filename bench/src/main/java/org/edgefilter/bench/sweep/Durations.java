package org.edgefilter.bench.sweep;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and prints short durations: {@code 90s}, {@code 30m}, {@code 2h}, {@code 1h30m}, {@code
 * 45}.
 */
public final class Durations {

  private static final Pattern PART = Pattern.compile("(\\d+)([hms])");

  private Durations() {}

  /** Parses {@code text}; a bare number is seconds. */
  public static Duration parse(String text) {
    String t = text.trim();
    if (t.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(t));
    }
    Matcher m = PART.matcher(t);
    Duration d = Duration.ZERO;
    int end = 0;
    while (m.find()) {
      if (m.start() != end) {
        break;
      }
      long v = Long.parseLong(m.group(1));
      d =
          d.plus(
              switch (m.group(2)) {
                case "h" -> Duration.ofHours(v);
                case "m" -> Duration.ofMinutes(v);
                default -> Duration.ofSeconds(v);
              });
      end = m.end();
    }
    if (end == 0 || end != t.length() || d.isZero()) {
      throw new IllegalArgumentException(
          "duration '" + text + "' is not like 90s, 30m, 2h, 1h30m or a number of seconds");
    }
    return d;
  }

  /** {@code 1h02m}, {@code 3m05s}, {@code 42s}. */
  public static String format(Duration d) {
    long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
    if (s >= 3600) {
      return String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
    }
    if (s >= 60) {
      return String.format("%dm%02ds", s / 60, s % 60);
    }
    return s + "s";
  }
}
