package org.edgefilter.framework.probe;

/**
 * Feature density: the fraction of feature values that are strictly positive. The paper reads a
 * falling density as the sparsification the Deep Edge Filter induces; its official code measures it
 * exactly so, {@code (output > 0).float().mean()} in the forward hooks of {@code main.py}
 * (github.com/dongkwani/DeepEdgeFilter). Like that comparison, NaN counts as not positive.
 */
public final class FeatureDensity {

  private FeatureDensity() {}

  /** The fraction of {@code values} that are {@code > 0}; any layout, flattened. */
  public static double of(float[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("feature density of an empty array is undefined");
    }
    long positive = 0;
    for (float v : values) {
      if (v > 0) {
        positive++;
      }
    }
    return (double) positive / values.length;
  }

  /**
   * The density of each channel of a channels-last array ({@code [..., channels]}, e.g. NHWC {@code
   * [n, h, w, c]} or {@code [batch, length, channels]}).
   *
   * @return {@code [channels]}
   */
  public static double[] perChannel(float[] values, int channels) {
    if (channels <= 0 || values.length == 0 || values.length % channels != 0) {
      throw new IllegalArgumentException(
          "expected a non-empty channels-last array whose length "
              + values.length
              + " is a multiple of channels="
              + channels);
    }
    long[] positive = new long[channels];
    for (int i = 0; i < values.length; i++) {
      if (values[i] > 0) {
        positive[i % channels]++;
      }
    }
    double perChannel = (double) values.length / channels;
    double[] density = new double[channels];
    for (int ch = 0; ch < channels; ch++) {
      density[ch] = positive[ch] / perChannel;
    }
    return density;
  }
}
