package org.edgefilter.audio.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plain-text table an experiment prints: one row per metric (in the order the runs report
 * them), one column per arm, and the filter's difference from the baseline; then wall time.
 *
 * <pre>
 * metric     baseline    filter  filter-baseline
 * acc          0.9633    0.9700          +0.0067
 * wall time     132 s     140 s
 * </pre>
 */
public final class ComparisonTable {

  private ComparisonTable() {}

  /** The table of {@code arms}; the difference column needs both BASELINE and FILTER. */
  public static String format(List<ArmResult> arms) {
    Set<String> metrics = new LinkedHashSet<>();
    for (ArmResult arm : arms) {
      metrics.addAll(arm.result().metrics().keySet());
    }
    ArmResult baseline = find(arms, Arm.BASELINE);
    ArmResult filter = find(arms, Arm.FILTER);
    boolean difference = baseline != null && filter != null;
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("metric"));
    arms.forEach(a -> header.add(a.arm().id()));
    if (difference) {
      header.add("filter-baseline");
    }
    rows.add(header.toArray(String[]::new));
    for (String metric : metrics) {
      List<String> row = new ArrayList<>(List.of(metric));
      for (ArmResult arm : arms) {
        Double value = arm.result().metrics().get(metric);
        row.add(value == null ? "-" : String.format(Locale.ROOT, "%.4f", value));
      }
      if (difference) {
        Double b = baseline.result().metrics().get(metric);
        Double f = filter.result().metrics().get(metric);
        row.add(b == null || f == null ? "-" : String.format(Locale.ROOT, "%+.4f", f - b));
      }
      rows.add(row.toArray(String[]::new));
    }
    List<String> wall = new ArrayList<>(List.of("wall time"));
    for (ArmResult arm : arms) {
      wall.add(String.format(Locale.ROOT, "%.0f s", arm.result().wallSeconds()));
    }
    if (difference) {
      wall.add("");
    }
    rows.add(wall.toArray(String[]::new));
    return render(rows);
  }

  private static ArmResult find(List<ArmResult> arms, Arm arm) {
    return arms.stream().filter(a -> a.arm() == arm).findFirst().orElse(null);
  }

  private static String render(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row[c];
        String pad = " ".repeat(width[c] - cell.length());
        line.append(c == 0 ? cell + pad : "  " + pad + cell);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** The metrics of one arm, one {@code name value} per line (for {@code train}). */
  public static String metrics(Map<String, Double> metrics) {
    StringBuilder out = new StringBuilder();
    metrics.forEach(
        (k, v) -> out.append(String.format(Locale.ROOT, "%s %.4f%n", k, v)));
    return out.toString();
  }
}
