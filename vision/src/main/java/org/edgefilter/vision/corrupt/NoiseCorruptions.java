package org.edgefilter.vision.corrupt;

import java.util.random.RandomGenerator;

/**
 * The noise corruptions, each on {@code x = img / 255} in float64 with one independent draw per
 * value (H x W x 3, drawn in HWC order), then {@code uint8(clip(., 0, 1) * 255)}.
 */
final class NoiseCorruptions {

  private NoiseCorruptions() {}

  /** gaussian_noise: {@code x + N(0, sigma^2)}. */
  static final class GaussianNoise implements CorruptionFunction {
    private final double[] sigma;

    GaussianNoise(Resolution r) {
      sigma =
          r.pick(new double[] {.04, .06, .08, .09, .10}, new double[] {.04, .08, .12, .15, .18});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double c = sigma[severity - 1];
      double[] x = Pixels.toUnit(image);
      for (int i = 0; i < x.length; i++) {
        x[i] = x[i] + c * rng.nextGaussian();
      }
      return Pixels.unitToUint8(x);
    }
  }

  /** shot_noise: {@code Poisson(x c) / c}. */
  static final class ShotNoise implements CorruptionFunction {
    private final double[] scale;

    ShotNoise(Resolution r) {
      scale = r.pick(new double[] {500, 250, 100, 75, 50}, new double[] {250, 100, 50, 30, 15});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double c = scale[severity - 1];
      double[] x = Pixels.toUnit(image);
      for (int i = 0; i < x.length; i++) {
        x[i] = Poisson.sample(x[i] * c, rng) / c;
      }
      return Pixels.unitToUint8(x);
    }
  }

  /**
   * impulse_noise: scikit-image {@code random_noise(mode='s&p', amount=p)} with salt_vs_pepper 0.5:
   * each value is flipped with probability p, to 1 or to 0 with equal odds, independently per
   * channel (so flipped pixels come out coloured).
   */
  static final class ImpulseNoise implements CorruptionFunction {
    private final double[] amount;

    ImpulseNoise(Resolution r) {
      amount =
          r.pick(new double[] {.01, .02, .03, .05, .07}, new double[] {.01, .02, .05, .08, .14});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double p = amount[severity - 1];
      double[] x = Pixels.toUnit(image);
      for (int i = 0; i < x.length; i++) {
        boolean flipped = rng.nextDouble() < p;
        boolean salt = rng.nextDouble() < 0.5;
        if (flipped) {
          x[i] = salt ? 1.0 : 0.0;
        }
      }
      return Pixels.unitToUint8(x);
    }
  }

  /** speckle_noise (extra): {@code x + x N(0, sigma^2)}. */
  static final class SpeckleNoise implements CorruptionFunction {
    private final double[] sigma;

    SpeckleNoise(Resolution r) {
      sigma = r.pick(new double[] {.06, .1, .12, .16, .2}, new double[] {.15, .2, .25, .3, .35});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double c = sigma[severity - 1];
      double[] x = Pixels.toUnit(image);
      for (int i = 0; i < x.length; i++) {
        x[i] = x[i] + x[i] * (c * rng.nextGaussian());
      }
      return Pixels.unitToUint8(x);
    }
  }
}
