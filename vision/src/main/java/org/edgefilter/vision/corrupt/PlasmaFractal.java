package org.edgefilter.vision.corrupt;

import java.util.random.RandomGenerator;

/**
 * The fog corruption's height map: diamond-square on a torus ({@code plasma_fractal} of the
 * scripts, after FLHerne/mapgen), on an {@code N x N} grid with N a power of two.
 *
 * <p>Start with {@code m[0][0] = 0}, step {@code s = N}, wibble {@code w = 100}. While {@code s >=
 * 2}, with {@code h = s/2} and {@code n = N/s}: the squares {@code m[is+h][js+h]} get the mean of
 * their four corners, then the diamonds {@code m[is][js+h]} and {@code m[is+h][js]} the mean of
 * their four neighbours (indices modulo n), each plus {@code w * U(-w, w)}, drawn in row-major
 * order for the whole square grid, then diamond grid A, then B; then {@code s /= 2}, {@code w /=
 * decay}. Finally the map is shifted and scaled to [0, 1].
 */
final class PlasmaFractal {

  private PlasmaFractal() {}

  /** The {@code [n, n]} map in [0, 1], row-major. */
  static double[] generate(int n, double decay, RandomGenerator rng) {
    if (n < 2 || Integer.bitCount(n) != 1) {
      throw new IllegalArgumentException("plasma fractal size must be a power of two, got " + n);
    }
    double[] m = new double[n * n];
    double w = 100;
    for (int s = n; s >= 2; s /= 2) {
      int h = s / 2;
      int g = n / s;
      for (int i = 0; i < g; i++) {
        for (int j = 0; j < g; j++) {
          int i1 = (i + 1) % g;
          int j1 = (j + 1) % g;
          double sum =
              (m[(i * s) * n + j * s] + m[(i1 * s) * n + j * s])
                  + (m[(i * s) * n + j1 * s] + m[(i1 * s) * n + j1 * s]);
          m[(i * s + h) * n + j * s + h] = sum / 4 + w * uniform(rng, w);
        }
      }
      for (int i = 0; i < g; i++) {
        for (int j = 0; j < g; j++) {
          int im = (i - 1 + g) % g;
          int j1 = (j + 1) % g;
          double sum =
              (m[(i * s + h) * n + j * s + h] + m[(im * s + h) * n + j * s + h])
                  + (m[(i * s) * n + j * s] + m[(i * s) * n + j1 * s]);
          m[(i * s) * n + j * s + h] = sum / 4 + w * uniform(rng, w);
        }
      }
      for (int i = 0; i < g; i++) {
        for (int j = 0; j < g; j++) {
          int jm = (j - 1 + g) % g;
          int i1 = (i + 1) % g;
          double sum =
              (m[(i * s + h) * n + j * s + h] + m[(i * s + h) * n + jm * s + h])
                  + (m[(i * s) * n + j * s] + m[(i1 * s) * n + j * s]);
          m[(i * s + h) * n + j * s] = sum / 4 + w * uniform(rng, w);
        }
      }
      w /= decay;
    }
    double min = Double.POSITIVE_INFINITY;
    for (double v : m) {
      min = Math.min(min, v);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < m.length; i++) {
      m[i] -= min;
      max = Math.max(max, m[i]);
    }
    for (int i = 0; i < m.length; i++) {
      m[i] /= max;
    }
    return m;
  }

  /** NumPy's {@code uniform(-w, w)}: {@code low + (high - low) * u}. */
  private static double uniform(RandomGenerator rng, double w) {
    return -w + (w - -w) * rng.nextDouble();
  }
}
