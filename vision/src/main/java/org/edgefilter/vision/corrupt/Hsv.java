package org.edgefilter.vision.corrupt;

/**
 * scikit-image's RGB/HSV conversions ({@code skimage.color.rgb2hsv}, {@code hsv2rgb}) on one pixel,
 * in float64, values in [0, 1].
 *
 * <p>RGB to HSV: {@code V = max}, {@code D = max - min}, {@code S = D / V} (0 when D = 0); H is
 * {@code (G-B)/D} if R is the max, {@code 2 + (B-R)/D} if G is, {@code 4 + (R-G)/D} if B is, the
 * later case winning ties; then {@code H = (H / 6) mod 1}, and 0 when D = 0. HSV to RGB: {@code i =
 * floor(6H)}, {@code f = 6H - i}, {@code p = V(1-S)}, {@code q = V(1-fS)}, {@code t = V(1-(1-f)S)},
 * and by {@code i mod 6}: (V,t,p), (q,V,p), (p,V,t), (p,q,V), (t,p,V), (V,p,q).
 */
final class Hsv {

  private Hsv() {}

  /** Writes H, S, V of {@code (r, g, b)} into {@code hsv[0..2]}. */
  static void fromRgb(double r, double g, double b, double[] hsv) {
    double v = Math.max(r, Math.max(g, b));
    double min = Math.min(r, Math.min(g, b));
    double delta = v - min;
    double s = delta == 0 ? 0 : delta / v;
    double h = 0;
    if (r == v) {
      h = (g - b) / delta;
    }
    if (g == v) {
      h = 2.0 + (b - r) / delta;
    }
    if (b == v) {
      h = 4.0 + (r - g) / delta;
    }
    h = pythonMod(h / 6.0, 1.0);
    if (delta == 0) {
      h = 0;
    }
    hsv[0] = h;
    hsv[1] = s;
    hsv[2] = v;
  }

  /** Writes R, G, B of {@code (h, s, v)} into {@code rgb[0..2]}. */
  static void toRgb(double h, double s, double v, double[] rgb) {
    double hi = Math.floor(h * 6);
    double f = h * 6 - hi;
    double p = v * (1 - s);
    double q = v * (1 - f * s);
    double t = v * (1 - (1 - f) * s);
    // NumPy casts hi to uint8 before "% 6"; hi is in 0..6 here, so a floor-mod is the same.
    int i = Math.floorMod((int) hi, 6);
    switch (i) {
      case 0 -> set(rgb, v, t, p);
      case 1 -> set(rgb, q, v, p);
      case 2 -> set(rgb, p, v, t);
      case 3 -> set(rgb, p, q, v);
      case 4 -> set(rgb, t, p, v);
      default -> set(rgb, v, p, q);
    }
  }

  private static void set(double[] a, double x, double y, double z) {
    a[0] = x;
    a[1] = y;
    a[2] = z;
  }

  /** Python's float {@code %}: the result has the sign of the divisor. */
  static double pythonMod(double a, double b) {
    double m = a % b;
    if (m != 0 && (m < 0) != (b < 0)) {
      m += b;
    }
    return m;
  }
}
