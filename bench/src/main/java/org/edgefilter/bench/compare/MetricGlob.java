package org.edgefilter.bench.compare;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A metric-name glob: {@code *} matches within one path segment, {@code **} across segments, {@code
 * ?} one character. {@code tent/**} selects every TENT metric.
 *
 * @param glob the pattern as written
 */
public record MetricGlob(String glob) {

  public MetricGlob {
    Objects.requireNonNull(glob, "glob");
    if (glob.isBlank()) {
      throw new IllegalArgumentException("empty metric pattern");
    }
  }

  /** True when {@code name} matches. */
  public boolean matches(String name) {
    return regex().matcher(name).matches();
  }

  private Pattern regex() {
    StringBuilder r = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        r.append(".*");
        i++;
      } else if (c == '*') {
        r.append("[^/]*");
      } else if (c == '?') {
        r.append("[^/]");
      } else {
        r.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(r.toString());
  }
}
