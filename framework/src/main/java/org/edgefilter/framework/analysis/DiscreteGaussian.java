package org.edgefilter.framework.analysis;

/**
 * Lindeberg's discrete analogue of the Gaussian kernel, {@code T(n; t) = e^-t I_n(t)} with {@code
 * I_n} the modified Bessel function of the first kind (Lindeberg, "Scale-space for discrete
 * signals", IEEE TPAMI 12(3), 1990): for every scale {@code t >= 0} it sums to 1 over the integers,
 * has mean 0 and variance {@code t}, and is the kernel of the discrete diffusion equation. Its
 * discrete derivative approximations apply central difference operators to it: {@code delta_x =
 * (f(n+1) - f(n-1)) / 2} and {@code delta_xx = f(n+1) - 2 f(n) + f(n-1)}, the discretization
 * Lindeberg uses to model learned ConvNeXt "master key" filters as discrete Gaussian derivative
 * operators.
 */
public final class DiscreteGaussian {

  private DiscreteGaussian() {}

  /**
   * {@code e^-t I_n(t)} for {@code n = 0..nMax} by Miller's backward recurrence {@code I_(k-1) =
   * (2k / t) I_k + I_(k+1)}, started well above {@code max(nMax, t)} and normalized with {@code I_0
   * + 2 sum_(k>=1) I_k = e^t}.
   *
   * @param t scale, {@code >= 0}
   */
  public static double[] scaledBessel(double t, int nMax) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("scale t must be finite and >= 0, got " + t);
    }
    if (nMax < 0) {
      throw new IllegalArgumentException("nMax must be >= 0, got " + nMax);
    }
    double[] out = new double[nMax + 1];
    if (t == 0) {
      out[0] = 1;
      return out;
    }
    int start = Math.max(nMax, (int) Math.ceil(t)) + 40 + (int) Math.ceil(10 * Math.sqrt(t + 1));
    double next = 0; // I_(k+1)
    double current = 1e-300; // I_k, arbitrary small start
    double sum = 0; // sum over k >= 1 of I_k
    for (int k = start; k >= 1; k--) {
      if (k <= nMax) {
        out[k] = current;
      }
      sum += current;
      double previous = (2.0 * k / t) * current + next;
      next = current;
      current = previous;
      if (current > 1e250) {
        // Rescale everything recorded so far; the ratio is what matters.
        current *= 1e-250;
        next *= 1e-250;
        sum *= 1e-250;
        for (int j = k; j <= nMax; j++) {
          out[j] *= 1e-250;
        }
      }
    }
    out[0] = current;
    double norm = current + 2 * sum;
    for (int k = 0; k <= nMax; k++) {
      out[k] /= norm;
    }
    return out;
  }

  /** {@code T(n; t)} for {@code n = -radius..radius} (index {@code n + radius}). */
  public static double[] kernel(double t, int radius) {
    double[] half = scaledBessel(t, radius);
    double[] k = new double[2 * radius + 1];
    for (int n = -radius; n <= radius; n++) {
      k[n + radius] = half[Math.abs(n)];
    }
    return k;
  }

  /**
   * The central difference of {@code order} (0, 1 or 2) applied to {@code T(.; t)}, for {@code n =
   * -radius..radius}: {@code T}, {@code (T(n+1) - T(n-1)) / 2} or {@code T(n+1) - 2 T(n) + T(n-1)}.
   * Values near the ends use {@code T} beyond the radius, so the result is the operator's response,
   * only truncated to the support.
   */
  public static double[] derivative(double t, int order, int radius) {
    double[] k = kernel(t, radius + 1);
    double[] out = new double[2 * radius + 1];
    for (int n = -radius; n <= radius; n++) {
      int i = n + radius + 1;
      out[n + radius] =
          switch (order) {
            case 0 -> k[i];
            case 1 -> (k[i + 1] - k[i - 1]) / 2;
            case 2 -> k[i + 1] - 2 * k[i] + k[i - 1];
            default ->
                throw new IllegalArgumentException(
                    "derivative order must be 0, 1 or 2, got " + order);
          };
    }
    return out;
  }
}
