package org.edgefilter.audio.experiment;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plain-text table an experiment prints: one row per metric (in natural order, so {@code
 * fold2/acc} comes before {@code fold10/acc}), one column per arm, and the filter's difference from
 * the baseline; then wall time.
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
    Set<String> metrics = new TreeSet<>(ComparisonTable::naturalOrder);
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

  /** Compares text with runs of digits compared as numbers: fold2 before fold10. */
  static int naturalOrder(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int ei = i;
        int ej = j;
        while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
          ei++;
        }
        while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
          ej++;
        }
        int c = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    int rest = Integer.compare(a.length() - i, b.length() - j);
    return rest != 0 ? rest : a.compareTo(b);
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
    metrics.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%s %.4f%n", k, v)));
    return out.toString();
  }
}
