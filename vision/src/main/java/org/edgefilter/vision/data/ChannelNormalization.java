package org.edgefilter.vision.data;

import java.util.Arrays;

/**
 * Per-channel mean and standard deviation of pixel values in [0, 1], used to normalize inputs as
 * {@code (x - mean[c]) / std[c]}.
 */
public final class ChannelNormalization {

  /**
   * CIFAR-10, RGB, over the 50,000 training images (population std over all pixels of a channel).
   * Source: fb.resnet.torch {@code datasets/cifar10.lua} gives mean (125.3, 123.0, 113.9) and std
   * (63.0, 62.1, 66.7) in 0..255; the exact values (0.49139968, 0.48215841, 0.44653091) and
   * (0.24703223, 0.24348513, 0.26158784) are those recomputed in akamaster/pytorch_resnet_cifar10
   * issue #9. The often quoted std (0.2023, 0.1994, 0.2010) is a mean of per-image stds, not this.
   */
  public static final ChannelNormalization CIFAR10 =
      new ChannelNormalization(
          new double[] {0.49139968, 0.48215841, 0.44653091},
          new double[] {0.24703223, 0.24348513, 0.26158784});

  /**
   * ImageNet, RGB: mean (0.485, 0.456, 0.406), std (0.229, 0.224, 0.225), the constants of the
   * torchvision model zoo documentation; the usual choice for Tiny-ImageNet as well.
   */
  public static final ChannelNormalization IMAGENET =
      new ChannelNormalization(
          new double[] {0.485, 0.456, 0.406}, new double[] {0.229, 0.224, 0.225});

  private final double[] mean;
  private final double[] std;

  /** Mean and std per channel, both {@code [C]}; every std must be positive. */
  public ChannelNormalization(double[] mean, double[] std) {
    if (mean.length != std.length || mean.length == 0) {
      throw new IllegalArgumentException(
          "mean has " + mean.length + " channels, std has " + std.length);
    }
    for (double s : std) {
      if (!(s > 0)) {
        throw new IllegalArgumentException("std must be positive, got " + Arrays.toString(std));
      }
    }
    this.mean = mean.clone();
    this.std = std.clone();
  }

  /**
   * Measures the per-channel mean and population standard deviation of a set's values in [0, 1]
   * (uint8 values are divided by 255), over all images and pixels.
   */
  public static ChannelNormalization measure(ImageSet set) {
    int c = set.channels();
    double[] sum = new double[c];
    double[] sumSq = new double[c];
    long perChannel = (long) set.size() * set.height() * set.width();
    if (set.pixelType() == ImageSet.PixelType.UINT8) {
      // Integer counts are exact; the float conversion happens once at the end.
      long[] s = new long[c];
      long[] s2 = new long[c];
      byte[] b = set.bytes();
      for (int i = 0; i < b.length; i++) {
        int v = b[i] & 0xFF;
        s[i % c] += v;
        s2[i % c] += (long) v * v;
      }
      for (int k = 0; k < c; k++) {
        sum[k] = s[k] / 255.0;
        sumSq[k] = s2[k] / (255.0 * 255.0);
      }
    } else {
      float[] f = set.floats();
      for (int i = 0; i < f.length; i++) {
        sum[i % c] += f[i];
        sumSq[i % c] += (double) f[i] * f[i];
      }
    }
    double[] mean = new double[c];
    double[] std = new double[c];
    for (int k = 0; k < c; k++) {
      mean[k] = sum[k] / perChannel;
      std[k] = Math.sqrt(Math.max(0, sumSq[k] / perChannel - mean[k] * mean[k]));
    }
    return new ChannelNormalization(mean, std);
  }

  /** Number of channels C. */
  public int channels() {
    return mean.length;
  }

  /** A copy of the means, {@code [C]}. */
  public double[] mean() {
    return mean.clone();
  }

  /** A copy of the standard deviations, {@code [C]}. */
  public double[] std() {
    return std.clone();
  }

  float[] meanFloats() {
    float[] f = new float[mean.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) mean[i];
    }
    return f;
  }

  float[] inverseStdFloats() {
    float[] f = new float[std.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) (1.0 / std[i]);
    }
    return f;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChannelNormalization n
        && Arrays.equals(mean, n.mean)
        && Arrays.equals(std, n.std);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
  }

  @Override
  public String toString() {
    return "ChannelNormalization[mean="
        + Arrays.toString(mean)
        + ", std="
        + Arrays.toString(std)
        + "]";
  }
}
