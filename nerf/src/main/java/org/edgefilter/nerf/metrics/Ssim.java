package org.edgefilter.nerf.metrics;

import org.edgefilter.framework.io.RgbImage;

/**
 * Structural similarity (Wang, Bovik, Sheikh, Simoncelli 2004, eq. 13) with the paper's Gaussian
 * window, as the NeRF literature computes it (mip-NeRF / RegNeRF / FreeNeRF {@code compute_ssim};
 * equal to {@code skimage.metrics.structural_similarity(gaussian_weights=True, sigma=1.5,
 * use_sample_covariance=False, data_range=1)}).
 *
 * <p>Exactly: the window is the sampled Gaussian {@code g(i) = exp(-(i - r)^2 / (2 sigma^2))}, i =
 * 0..2r, r = (size - 1) / 2, normalized to sum 1, applied separably. For each channel separately,
 * at every position where the whole 11 x 11 window lies inside the image ("valid", no padding; (H -
 * 10) x (W - 10) positions) the weighted local statistics are mu_x, mu_y, {@code sigma_x^2 = E[x^2]
 * - mu_x^2}, {@code sigma_y^2}, {@code sigma_xy = E[xy] - mu_x mu_y} (population form), and
 *
 * <pre>
 *   SSIM = (2 mu_x mu_y + C1)(2 sigma_xy + C2) / ((mu_x^2 + mu_y^2 + C1)(sigma_x^2 + sigma_y^2 + C2))
 * </pre>
 *
 * with {@code C1 = (K1 L)^2}, {@code C2 = (K2 L)^2}. The result is the mean of the SSIM map over
 * those positions and the three channels. Defaults: size 11, sigma 1.5, K1 = 0.01, K2 = 0.03, L =
 * 1. Arithmetic is in double precision.
 */
public final class Ssim {

  /**
   * SSIM parameters.
   *
   * @param windowSize odd Gaussian window size
   * @param sigma Gaussian standard deviation in pixels
   * @param k1 luminance constant K1
   * @param k2 contrast constant K2
   * @param dataRange L, the dynamic range of the values
   */
  public record Options(int windowSize, double sigma, double k1, double k2, double dataRange) {

    /** Wang et al. 2004: window 11, sigma 1.5, K1 = 0.01, K2 = 0.03; L = 1 for [0, 1] images. */
    public static final Options STANDARD = new Options(11, 1.5, 0.01, 0.03, 1.0);

    public Options {
      if (windowSize < 1 || windowSize % 2 == 0) {
        throw new IllegalArgumentException("SSIM window size must be odd, got " + windowSize);
      }
      if (!(sigma > 0) || !(dataRange > 0) || !(k1 > 0) || !(k2 > 0)) {
        throw new IllegalArgumentException("SSIM sigma, K1, K2 and L must be positive");
      }
    }
  }

  private Ssim() {}

  /** SSIM with {@link Options#STANDARD}. */
  public static double compute(RgbImage reference, RgbImage test) {
    return compute(reference, test, Options.STANDARD);
  }

  /**
   * SSIM of {@code test} against {@code reference}, mean over channels and valid positions.
   *
   * @throws IllegalArgumentException if sizes differ or the image is smaller than the window
   */
  public static double compute(RgbImage reference, RgbImage test, Options options) {
    Metrics.requireSameSize(reference, test);
    int h = reference.height();
    int w = reference.width();
    if (h < options.windowSize() || w < options.windowSize()) {
      throw new IllegalArgumentException(
          "SSIM needs images of at least "
              + options.windowSize()
              + "x"
              + options.windowSize()
              + ", got "
              + h
              + "x"
              + w);
    }
    double[] kernel = gaussian(options.windowSize(), options.sigma());
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      sum += channelMean(reference.pixels(), test.pixels(), h, w, c, kernel, options);
    }
    return sum / 3;
  }

  /** The normalized sampled Gaussian window of odd length {@code size}. */
  static double[] gaussian(int size, double sigma) {
    int r = (size - 1) / 2;
    double[] g = new double[size];
    double total = 0;
    for (int i = 0; i < size; i++) {
      g[i] = Math.exp(-0.5 * (i - r) * (i - r) / (sigma * sigma));
      total += g[i];
    }
    for (int i = 0; i < size; i++) {
      g[i] /= total;
    }
    return g;
  }

  private static double channelMean(
      float[] a, float[] b, int h, int w, int c, double[] kernel, Options o) {
    int size = kernel.length;
    int vh = h - size + 1;
    int vw = w - size + 1;
    double[] x = new double[h * w];
    double[] y = new double[h * w];
    for (int k = 0; k < h * w; k++) {
      x[k] = a[3 * k + c];
      y[k] = b[3 * k + c];
    }
    double[][] products = new double[5][h * w];
    for (int k = 0; k < h * w; k++) {
      products[0][k] = x[k];
      products[1][k] = y[k];
      products[2][k] = x[k] * x[k];
      products[3][k] = y[k] * y[k];
      products[4][k] = x[k] * y[k];
    }
    double[][] filtered = new double[5][];
    for (int q = 0; q < 5; q++) {
      filtered[q] = validFilter(products[q], h, w, kernel);
    }
    double c1 = Math.pow(o.k1() * o.dataRange(), 2);
    double c2 = Math.pow(o.k2() * o.dataRange(), 2);
    double sum = 0;
    for (int k = 0; k < vh * vw; k++) {
      double mx = filtered[0][k];
      double my = filtered[1][k];
      double vx = filtered[2][k] - mx * mx;
      double vy = filtered[3][k] - my * my;
      double cov = filtered[4][k] - mx * my;
      sum += (2 * mx * my + c1) * (2 * cov + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
    }
    return sum / (vh * vw);
  }

  /** Separable correlation with {@code kernel} over rows then columns, valid region only. */
  private static double[] validFilter(double[] img, int h, int w, double[] kernel) {
    int size = kernel.length;
    int vw = w - size + 1;
    int vh = h - size + 1;
    double[] rows = new double[h * vw];
    for (int i = 0; i < h; i++) {
      for (int j = 0; j < vw; j++) {
        double s = 0;
        int base = i * w + j;
        for (int t = 0; t < size; t++) {
          s += kernel[t] * img[base + t];
        }
        rows[i * vw + j] = s;
      }
    }
    double[] out = new double[vh * vw];
    for (int i = 0; i < vh; i++) {
      for (int j = 0; j < vw; j++) {
        double s = 0;
        for (int t = 0; t < size; t++) {
          s += kernel[t] * rows[(i + t) * vw + j];
        }
        out[i * vw + j] = s;
      }
    }
    return out;
  }
}
