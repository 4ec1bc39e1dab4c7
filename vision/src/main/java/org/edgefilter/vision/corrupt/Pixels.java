package org.edgefilter.vision.corrupt;

/** Conversions between uint8 images and the float arrays the corruptions compute in. */
final class Pixels {

  private Pixels() {}

  /** {@code u8 / 255.} in float64, as NumPy's {@code np.array(img) / 255.}. */
  static double[] toUnit(byte[] u8) {
    double[] x = new double[u8.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = (u8[i] & 0xFF) / 255.0;
    }
    return x;
  }

  /** {@code (u8 / 255.).astype(float32)}: the float64 quotient rounded to float32. */
  static float[] toUnitFloat(byte[] u8) {
    float[] x = new float[u8.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) ((u8[i] & 0xFF) / 255.0);
    }
    return x;
  }

  /**
   * {@code np.uint8(v)} for a value already in [0, 255]: truncation toward zero; NaN becomes 0
   * (what NumPy's cast gives on x86); values outside are clamped.
   */
  static byte truncate(double v) {
    if (!(v > 0)) {
      return 0;
    }
    if (v >= 255) {
      return (byte) 255;
    }
    return (byte) (int) v;
  }

  /** {@code clip(v, 0, 1) * 255} in float64. */
  static double clipUnitTimes255(double v) {
    return (v < 0 ? 0 : v > 1 ? 1 : v) * 255;
  }

  /** The scripts' ending {@code np.uint8(np.clip(x, 0, 1) * 255)} over a float64 image. */
  static byte[] unitToUint8(double[] x) {
    byte[] out = new byte[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(x[i]) ? 0 : truncate(clipUnitTimes255(x[i]));
    }
    return out;
  }

  /** The same for a float32 image: the clip and the product by 255 are float32 operations. */
  static byte[] unitToUint8(float[] x) {
    byte[] out = new byte[x.length];
    for (int i = 0; i < x.length; i++) {
      float v = x[i];
      if (Float.isNaN(v)) {
        out[i] = 0;
        continue;
      }
      float c = v < 0 ? 0f : v > 1 ? 1f : v;
      out[i] = truncate(c * 255f);
    }
    return out;
  }

  /** {@code np.sum} of {@code a[from, from + n)}: NumPy's pairwise summation (see method body). */
  static double numpySum(double[] a, int from, int n) {
    // NumPy's add.reduce takes the first element as the start value and adds the pairwise sum of
    // the rest: blocks below 8 are summed in order, blocks up to 128 with 8 interleaved partial
    // sums, larger ones split in halves (numpy/core/src/umath/loops_utils.h.src).
    if (n == 0) {
      return 0;
    }
    return a[from] + pairwise(a, from + 1, n - 1);
  }

  private static double pairwise(double[] a, int from, int n) {
    if (n < 8) {
      double res = -0.0;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    if (n <= 128) {
      double[] r = new double[8];
      for (int j = 0; j < 8; j++) {
        r[j] = a[from + j];
      }
      int i;
      for (i = 8; i < n - n % 8; i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[from + i + j];
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    int n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
  }
}
