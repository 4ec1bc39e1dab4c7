package org.edgefilter.bench.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Parses seed lists such as {@code 0,1,2}, {@code 0..4} (inclusive) or {@code 0..2,7}. */
public final class Seeds {

  private Seeds() {}

  /**
   * @throws IllegalArgumentException naming the offending part when {@code text} is not a list of
   *     integers and inclusive ranges, or names a seed twice
   */
  public static List<Long> parse(String text) {
    LinkedHashSet<Long> seeds = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      try {
        int dots = p.indexOf("..");
        if (dots >= 0) {
          long from = Long.parseLong(p.substring(0, dots).trim());
          long to = Long.parseLong(p.substring(dots + 2).trim());
          if (to < from) {
            throw new IllegalArgumentException("seed range '" + p + "' is empty");
          }
          for (long s = from; s <= to; s++) {
            addOnce(seeds, s);
          }
        } else {
          addOnce(seeds, Long.parseLong(p));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "seed list '" + text + "': '" + p + "' is not an integer or a range like 0..4", e);
      }
    }
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("seed list '" + text + "' names no seed");
    }
    return new ArrayList<>(seeds);
  }

  static void addOnce(LinkedHashSet<Long> seeds, long seed) {
    if (!seeds.add(seed)) {
      throw new IllegalArgumentException("seed " + seed + " is listed twice");
    }
  }
}
