package org.edgefilter.vision.corrupt;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;

/**
 * Exact Poisson sampling, as NumPy's legacy {@code random.poisson} does it: multiplication of
 * uniforms (Knuth) for {@code lambda < 10}, and Hormann's transformed rejection with squeeze (PTRS;
 * W. Hormann, "The transformed rejection method for generating Poisson random variables",
 * Insurance: Mathematics and Economics 12, 1993) for larger means.
 */
final class Poisson {

  private Poisson() {}

  /** One draw with mean {@code lambda >= 0}. */
  static long sample(double lambda, RandomGenerator rng) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda < 10) {
      double limit = Math.exp(-lambda);
      double prod = rng.nextDouble();
      long k = 0;
      while (prod > limit) {
        prod *= rng.nextDouble();
        k++;
      }
      return k;
    }
    double slam = Math.sqrt(lambda);
    double logLam = Math.log(lambda);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = rng.nextDouble() - 0.5;
      double v = rng.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      double lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
      double rhs = -lambda + k * logLam - Gamma.logGamma(k + 1.0);
      if (lhs <= rhs) {
        return k;
      }
    }
  }
}
