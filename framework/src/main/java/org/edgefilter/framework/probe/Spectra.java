package org.edgefilter.framework.probe;

/**
 * Frequency-domain probes of feature maps, to check the paper's claim that the filter removes the
 * low-frequency part of hidden features (its frequency analysis, Section 5).
 *
 * <p>The 2D radial average (azimuthal average of the 2D magnitude spectrum, as in frequency
 * analyses of CNN features and images, e.g. Durall et al., CVPR 2020) bins frequency {@code (ky,
 * kx)} of an {@code h x w} map by its radius {@code round(max(h, w) * sqrt((fy / h)^2 + (fx /
 * w)^2))}, where {@code fy = ky} for {@code ky <= h/2} and {@code ky - h} above (the signed
 * frequency); for a square map this is the plain index distance from DC. A checkerboard lands in
 * the last bin.
 */
public final class Spectra {

  private Spectra() {}

  /**
   * The radially averaged 2D magnitude spectrum over H and W of an NHWC map, averaged over batch
   * and channels.
   *
   * @param nhwc {@code [n, h, w, c]} row-major
   */
  public static Spectrum radial2d(float[] nhwc, int n, int h, int w, int c) {
    checkShape(nhwc.length, "[n, h, w, c]", n, h, w, c);
    int[] bin = radialBins(h, w);
    int bins = 0;
    for (int b : bin) {
      bins = Math.max(bins, b + 1);
    }
    int[] counts = new int[bins];
    for (int b : bin) {
      counts[b]++;
    }
    double[] magnitudeSum = new double[bins];
    double[] energySum = new double[bins];
    Dft rows = new Dft(w);
    Dft cols = new Dft(h);
    double[] re = new double[h * w];
    double[] im = new double[h * w];
    double[] rowRe = new double[w];
    double[] rowIm = new double[w];
    double[] colRe = new double[h];
    double[] colIm = new double[h];
    double norm = (double) h * w;
    for (int sample = 0; sample < n; sample++) {
      for (int ch = 0; ch < c; ch++) {
        int base = sample * h * w * c + ch;
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            re[y * w + x] = nhwc[base + (y * w + x) * c];
            im[y * w + x] = 0;
          }
        }
        transformRows(rows, re, im, h, w, rowRe, rowIm);
        transformColumns(cols, re, im, h, w, colRe, colIm);
        for (int i = 0; i < h * w; i++) {
          double power = (re[i] * re[i] + im[i] * im[i]) / (norm * norm);
          magnitudeSum[bin[i]] += Math.sqrt(power);
          energySum[bin[i]] += power;
        }
      }
    }
    double maps = (double) n * c;
    double[] magnitude = new double[bins];
    double[] energy = new double[bins];
    for (int b = 0; b < bins; b++) {
      magnitude[b] = magnitudeSum[b] / (maps * counts[b]);
      energy[b] = energySum[b] / maps;
    }
    return new Spectrum(magnitude, energy, counts);
  }

  /**
   * The one-sided magnitude spectrum along axis 1 of {@code [batch, length, channels]} (tokens of a
   * transformer, frames of audio), averaged over batch and channels. Bin {@code k} (0 to {@code
   * length / 2}) holds frequency {@code k} and its mirror {@code length - k}, which have equal
   * magnitude for real input.
   *
   * @param blc {@code [batch, length, channels]} row-major
   */
  public static Spectrum axis1(float[] blc, int batch, int length, int channels) {
    checkShape(blc.length, "[batch, length, channels]", batch, length, channels);
    int bins = length / 2 + 1;
    int[] counts = new int[bins];
    for (int k = 0; k < length; k++) {
      counts[Math.min(k, length - k)]++;
    }
    double[] magnitudeSum = new double[bins];
    double[] energySum = new double[bins];
    Dft dft = new Dft(length);
    double[] re = new double[length];
    double[] im = new double[length];
    for (int b = 0; b < batch; b++) {
      for (int ch = 0; ch < channels; ch++) {
        int base = b * length * channels + ch;
        for (int t = 0; t < length; t++) {
          re[t] = blc[base + t * channels];
          im[t] = 0;
        }
        dft.forward(re, im);
        for (int k = 0; k < length; k++) {
          double power = (re[k] * re[k] + im[k] * im[k]) / ((double) length * length);
          int bin = Math.min(k, length - k);
          magnitudeSum[bin] += Math.sqrt(power);
          energySum[bin] += power;
        }
      }
    }
    double maps = (double) batch * channels;
    double[] magnitude = new double[bins];
    double[] energy = new double[bins];
    for (int k = 0; k < bins; k++) {
      magnitude[k] = magnitudeSum[k] / (maps * counts[k]);
      energy[k] = energySum[k] / maps;
    }
    return new Spectrum(magnitude, energy, counts);
  }

  /**
   * The radius bin of every frequency {@code (ky, kx)} of an {@code h x w} map, as {@code [h * w]}
   * row-major (see the class comment for the definition).
   */
  public static int[] radialBins(int h, int w) {
    if (h <= 0 || w <= 0) {
      throw new IllegalArgumentException("map size must be positive, got " + h + "x" + w);
    }
    int size = Math.max(h, w);
    int[] bin = new int[h * w];
    for (int ky = 0; ky < h; ky++) {
      double fy = (ky <= h / 2 ? ky : ky - h) / (double) h;
      for (int kx = 0; kx < w; kx++) {
        double fx = (kx <= w / 2 ? kx : kx - w) / (double) w;
        bin[ky * w + kx] = (int) Math.round(size * Math.sqrt(fy * fy + fx * fx));
      }
    }
    return bin;
  }

  /** Transforms each row of the row-major {@code h x w} map; {@code r, i} are scratch [w]. */
  private static void transformRows(
      Dft dft, double[] re, double[] im, int h, int w, double[] r, double[] i) {
    for (int y = 0; y < h; y++) {
      System.arraycopy(re, y * w, r, 0, w);
      System.arraycopy(im, y * w, i, 0, w);
      dft.forward(r, i);
      System.arraycopy(r, 0, re, y * w, w);
      System.arraycopy(i, 0, im, y * w, w);
    }
  }

  /** Transforms each column of the row-major {@code h x w} map; {@code r, i} are scratch [h]. */
  private static void transformColumns(
      Dft dft, double[] re, double[] im, int h, int w, double[] r, double[] i) {
    for (int x = 0; x < w; x++) {
      for (int y = 0; y < h; y++) {
        r[y] = re[y * w + x];
        i[y] = im[y * w + x];
      }
      dft.forward(r, i);
      for (int y = 0; y < h; y++) {
        re[y * w + x] = r[y];
        im[y * w + x] = i[y];
      }
    }
  }

  private static void checkShape(int length, String layout, int... dims) {
    long expected = 1;
    StringBuilder shape = new StringBuilder("[");
    for (int i = 0; i < dims.length; i++) {
      if (dims[i] <= 0) {
        throw new IllegalArgumentException(
            "dimensions of "
                + layout
                + " must be positive, got "
                + java.util.Arrays.toString(dims));
      }
      expected *= dims[i];
      shape.append(i == 0 ? "" : ", ").append(dims[i]);
    }
    shape.append(']');
    if (expected != length) {
      throw new IllegalArgumentException(
          "array of length "
              + length
              + " does not match "
              + layout
              + " = "
              + shape
              + " ("
              + expected
              + " values)");
    }
  }
}
