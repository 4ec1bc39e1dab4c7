package org.edgefilter.framework.analysis;

import java.util.List;

/**
 * Fits every {@link DerivativeModel} to square kernels by least squares: for a model vector {@code
 * m} the best amplitude is {@code <w, m> / <m, m>} and the squared residual {@code ||w||^2 - <w,
 * m>^2 / ||m||^2}; the scale {@code t} is searched on a log-spaced grid over {@code [tMin, tMax]}
 * and the best grid point refined by golden-section search on {@code log t} between its neighbours.
 * The best model is the one with the smallest residual.
 *
 * <p>On a small support the models are not all distinct: the 3-point second difference of {@code T}
 * has a sign change ({@code (a, b, a)} with {@code a > 0 > b}) only for {@code t < t*}, where
 * {@code T(0) + T(2) = 2 T(1)} ({@code t* ~ 1.5} for radius 1); above it, it is a smoothing profile
 * and, with a negative amplitude, equals {@code T} at some other scale. So models with a
 * second-order axis are searched over {@code t < t*} only: an even profile with a sign change is
 * second order, one without is smoothing.
 */
public final class KernelFitter {

  /** Default scale range: from nearly a delta to nearly flat on a 3x3 support. */
  public static final double T_MIN = 0.01;

  public static final double T_MAX = 16;

  private static final int GRID = 64;
  private static final int REFINE_STEPS = 30;
  private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

  private final int radius;
  private final List<DerivativeModel> models;
  private final double tStar;

  /** logT[m][g]: the grid of model m (second-order models stop below t*). */
  private final double[][] logT;

  /** unit[m][g]: model m at grid scale g, scaled to unit l2 norm. */
  private final double[][][] unit;

  /** A fitter for {@code (2 radius + 1)^2} kernels over all nine models. */
  public KernelFitter(int radius) {
    if (radius < 1) {
      throw new IllegalArgumentException("radius must be >= 1, got " + radius);
    }
    this.radius = radius;
    this.models = DerivativeModel.all();
    this.tStar = signChangeLimit(radius);
    this.logT = new double[models.size()][GRID];
    this.unit = new double[models.size()][GRID][];
    for (int m = 0; m < models.size(); m++) {
      DerivativeModel model = models.get(m);
      double top = model.orderX() == 2 || model.orderY() == 2 ? tStar * (1 - 1e-9) : T_MAX;
      for (int g = 0; g < GRID; g++) {
        logT[m][g] = Math.log(T_MIN) + (Math.log(top) - Math.log(T_MIN)) * g / (GRID - 1);
        unit[m][g] = normalized(model.kernel(Math.exp(logT[m][g]), radius));
      }
    }
  }

  /**
   * The scale {@code t*} above which the second difference of {@code T} on {@code -radius..radius}
   * no longer changes sign: {@code T(r-1) + T(r+1) = 2 T(r)} at {@code n = radius}, by bisection.
   */
  static double signChangeLimit(int radius) {
    double lo = T_MIN;
    double hi = T_MAX;
    for (int i = 0; i < 100; i++) {
      double mid = Math.sqrt(lo * hi);
      double[] second = DiscreteGaussian.derivative(mid, 2, radius);
      if (second[0] > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The scale limit of the second-order models ({@link #signChangeLimit}). */
  public double secondOrderScaleLimit() {
    return tStar;
  }

  /** The kernel size {@code 2 radius + 1}. */
  public int size() {
    return 2 * radius + 1;
  }

  /** The best model of {@code kernel} (row-major {@code [y][x]}, {@code size()^2} values). */
  public KernelFit fit(float[] kernel) {
    int n = size() * size();
    if (kernel.length != n) {
      throw new IllegalArgumentException("kernel has " + kernel.length + " values, expected " + n);
    }
    double[] w = new double[n];
    double norm2 = 0;
    for (int i = 0; i < n; i++) {
      w[i] = kernel[i];
      norm2 += w[i] * w[i];
    }
    if (norm2 == 0) {
      return new KernelFit(models.get(0), Double.NaN, 0, Double.NaN);
    }
    int bestModel = 0;
    int bestGrid = 0;
    double bestScore = -1;
    for (int m = 0; m < models.size(); m++) {
      for (int g = 0; g < GRID; g++) {
        double d = dot(w, unit[m][g]);
        if (d * d > bestScore) {
          bestScore = d * d;
          bestModel = m;
          bestGrid = g;
        }
      }
    }
    DerivativeModel model = models.get(bestModel);
    double[] grid = logT[bestModel];
    double lo = grid[Math.max(0, bestGrid - 1)];
    double hi = grid[Math.min(GRID - 1, bestGrid + 1)];
    double a = hi - GOLDEN * (hi - lo);
    double b = lo + GOLDEN * (hi - lo);
    double fa = score(w, model, a);
    double fb = score(w, model, b);
    for (int i = 0; i < REFINE_STEPS; i++) {
      if (fa > fb) {
        hi = b;
        b = a;
        fb = fa;
        a = hi - GOLDEN * (hi - lo);
        fa = score(w, model, a);
      } else {
        lo = a;
        a = b;
        fa = fb;
        b = lo + GOLDEN * (hi - lo);
        fb = score(w, model, b);
      }
    }
    double logBest = fa > fb ? a : b;
    double best = Math.max(fa, fb);
    if (best < bestScore) {
      logBest = grid[bestGrid];
      best = bestScore;
    }
    double t = Math.exp(logBest);
    double[] k = model.kernel(t, radius);
    double kk = dot(k, k);
    double amplitude = dot(w, k) / kk;
    double residual2 = Math.max(0, norm2 - best);
    return new KernelFit(model, t, amplitude, Math.sqrt(residual2 / norm2));
  }

  private double score(double[] w, DerivativeModel model, double logScale) {
    double d = dot(w, normalized(model.kernel(Math.exp(logScale), radius)));
    return d * d;
  }

  private static double[] normalized(double[] v) {
    double norm = Math.sqrt(dot(v, v));
    double[] out = new double[v.length];
    if (norm == 0) {
      return out;
    }
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] / norm;
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
