package org.edgefilter.framework.nn;

import java.util.Arrays;

/**
 * The initializers layers use. Fans follow Keras' {@code _compute_fans}: a matrix {@code [in, out]}
 * has fan-in {@code in} and fan-out {@code out}; a kernel {@code [..., in, out]} multiplies both by
 * its receptive field (the product of the leading dimensions).
 */
public final class Initializers {

  /** Which fan a variance-scaling initializer divides by. */
  public enum FanMode {
    /** The number of inputs of a unit. */
    FAN_IN,
    /** The number of outputs of a unit. */
    FAN_OUT,
    /** The mean of the two. */
    FAN_AVG
  }

  private Initializers() {}

  /** All zeros. */
  public static Initializer zeros() {
    return constant(0f);
  }

  /** All ones. */
  public static Initializer ones() {
    return constant(1f);
  }

  /** Every value {@code value}. */
  public static Initializer constant(float value) {
    return (shape, rng) -> {
      float[] v = new float[size(shape)];
      Arrays.fill(v, value);
      return v;
    };
  }

  /** Normal with mean 0 and standard deviation {@code std}. */
  public static Initializer normal(double std) {
    requirePositive(std, "std");
    return (shape, rng) -> {
      float[] v = new float[size(shape)];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (std * rng.nextGaussian());
      }
      return v;
    };
  }

  /**
   * Normal with mean 0 and standard deviation {@code std}, redrawn beyond two standard deviations
   * (as TensorFlow's {@code truncated_normal}; BERT initializes with {@code std = 0.02}).
   */
  public static Initializer truncatedNormal(double std) {
    requirePositive(std, "std");
    return (shape, rng) -> {
      float[] v = new float[size(shape)];
      for (int i = 0; i < v.length; i++) {
        double z;
        do {
          z = rng.nextGaussian();
        } while (Math.abs(z) > 2.0);
        v[i] = (float) (std * z);
      }
      return v;
    };
  }

  /** Uniform on {@code [-limit, limit)}. */
  public static Initializer uniform(double limit) {
    requirePositive(limit, "limit");
    return (shape, rng) -> {
      float[] v = new float[size(shape)];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) ((2 * rng.nextDouble() - 1) * limit);
      }
      return v;
    };
  }

  /**
   * He (Kaiming) normal: standard deviation {@code sqrt(2 / fan)} (He et al., "Delving Deep into
   * Rectifiers", ICCV 2015, eq. 10); PyTorch's {@code kaiming_normal_} with ReLU gain.
   */
  public static Initializer heNormal(FanMode mode) {
    return (shape, rng) -> normal(Math.sqrt(2.0 / fan(shape, mode))).sample(shape, rng);
  }

  /** He uniform: limit {@code sqrt(6 / fan)}. */
  public static Initializer heUniform(FanMode mode) {
    return (shape, rng) -> uniform(Math.sqrt(6.0 / fan(shape, mode))).sample(shape, rng);
  }

  /**
   * Glorot (Xavier) uniform: limit {@code sqrt(6 / (fanIn + fanOut))} (Glorot and Bengio, AISTATS
   * 2010, eq. 16).
   */
  public static Initializer glorotUniform() {
    return (shape, rng) -> uniform(Math.sqrt(3.0 / fan(shape, FanMode.FAN_AVG))).sample(shape, rng);
  }

  /** Glorot normal: standard deviation {@code sqrt(2 / (fanIn + fanOut))}. */
  public static Initializer glorotNormal() {
    return (shape, rng) -> normal(Math.sqrt(1.0 / fan(shape, FanMode.FAN_AVG))).sample(shape, rng);
  }

  /** The fan of {@code shape} in {@code mode}; FAN_AVG is {@code (fanIn + fanOut) / 2}. */
  public static double fan(long[] shape, FanMode mode) {
    double fanIn;
    double fanOut;
    if (shape.length == 0) {
      fanIn = 1;
      fanOut = 1;
    } else if (shape.length == 1) {
      fanIn = shape[0];
      fanOut = shape[0];
    } else {
      double receptive = 1;
      for (int d = 0; d < shape.length - 2; d++) {
        receptive *= shape[d];
      }
      fanIn = receptive * shape[shape.length - 2];
      fanOut = receptive * shape[shape.length - 1];
    }
    return switch (mode) {
      case FAN_IN -> fanIn;
      case FAN_OUT -> fanOut;
      case FAN_AVG -> (fanIn + fanOut) / 2;
    };
  }

  static int size(long[] shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "parameter shape " + Arrays.toString(shape) + " is too large");
    }
    return (int) n;
  }

  private static void requirePositive(double value, String what) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(what + " must be > 0, got " + value);
    }
  }
}
