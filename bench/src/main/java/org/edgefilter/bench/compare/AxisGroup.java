package org.edgefilter.bench.compare;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A metric family of one task and its members.
 *
 * @param pattern e.g. {@code tent/*}{@code /5}
 * @param members unit (e.g. corruption name) to metric name, sorted by unit
 * @param higherIsBetter the members' common direction
 */
public record AxisGroup(AxisPattern pattern, Map<String, String> members, boolean higherIsBetter) {

  public AxisGroup {
    members = new TreeMap<>(members);
  }

  /** Units in order. */
  public List<String> units() {
    return List.copyOf(members.keySet());
  }
}
