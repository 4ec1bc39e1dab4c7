package org.edgefilter.bench.compare;

import java.math.BigDecimal;
import java.math.MathContext;

/** How numbers appear in verdicts and reports: the same rounding everywhere. */
public final class Format {

  /** Significant digits of metric values and differences. */
  public static final int DIGITS = 4;

  private Format() {}

  /** {@code x} to 4 significant digits, plain notation for ordinary magnitudes; "n/a" for NaN. */
  public static String num(double x) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return "0";
    }
    if (Math.abs(x) < 1e-4 || Math.abs(x) >= 1e7) {
      return String.format("%." + (DIGITS - 1) + "e", x);
    }
    return new BigDecimal(x).round(new MathContext(DIGITS)).stripTrailingZeros().toPlainString();
  }

  /** Like {@link #num} with an explicit sign for positive values: {@code +0.012}. */
  public static String signed(double x) {
    String s = num(x);
    return x > 0 ? "+" + s : s;
  }

  /** A p-value: 3 significant digits, {@code < 0.0001} below that, "n/a" for NaN. */
  public static String p(double p) {
    if (Double.isNaN(p)) {
      return "n/a";
    }
    if (p < 1e-4) {
      return "< 0.0001";
    }
    return new BigDecimal(p).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** {@code lo..hi}. */
  public static String range(double lo, double hi) {
    return num(lo) + ".." + num(hi);
  }
}
