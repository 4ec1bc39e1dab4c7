package org.edgefilter.framework.filter;

import java.util.Objects;

/**
 * What an {@link EdgeFilter} computes: an immutable value built with {@link #builder()}.
 *
 * <pre>{@code
 * EdgeFilterSpec spec = EdgeFilterSpec.builder()
 *     .dims(2).kernelSize(3).lowPass(LowPass.mean())
 *     .padding(Padding.REFLECT).mode(FilterMode.HIGH_PASS)
 *     .build();
 * }</pre>
 *
 * <p>Defaults: 2D, k = 3, mean, REFLECT, HIGH_PASS (the paper's filter).
 *
 * @param dims 1 (axis 1 of {@code [batch, length, channels]}) or 2 (H and W of NHWC)
 * @param kernelSize odd window size k in 1..31 along each filtered dimension
 * @param lowPass the low-pass kind
 * @param padding the border handling
 * @param mode high-pass (the filter), low-pass (ablation) or identity (baseline)
 */
public record EdgeFilterSpec(
    int dims, int kernelSize, LowPass lowPass, Padding padding, FilterMode mode) {

  /** The largest supported window. */
  public static final int MAX_KERNEL_SIZE = 31;

  /** Checks every field; an invalid one is an {@link IllegalArgumentException} that names it. */
  public EdgeFilterSpec {
    if (dims != 1 && dims != 2) {
      throw new IllegalArgumentException("EdgeFilter dims must be 1 or 2, got " + dims);
    }
    if (kernelSize <= 0 || kernelSize % 2 == 0 || kernelSize > MAX_KERNEL_SIZE) {
      throw new IllegalArgumentException(
          "EdgeFilter kernel size must be odd and in 1.."
              + MAX_KERNEL_SIZE
              + ", got "
              + kernelSize);
    }
    Objects.requireNonNull(lowPass, "lowPass");
    Objects.requireNonNull(padding, "padding");
    Objects.requireNonNull(mode, "mode");
  }

  /** A builder with the defaults (2D, k = 3, mean, REFLECT, HIGH_PASS). */
  public static Builder builder() {
    return new Builder();
  }

  /** The paper's 2D filter with the given window. */
  public static EdgeFilterSpec highPass2d(int kernelSize) {
    return builder().dims(2).kernelSize(kernelSize).build();
  }

  /** The paper's 1D filter (along tokens) with the given window. */
  public static EdgeFilterSpec highPass1d(int kernelSize) {
    return builder().dims(1).kernelSize(kernelSize).build();
  }

  /** The identity (baseline) spec with the given dims. */
  public static EdgeFilterSpec identity(int dims) {
    return builder().dims(dims).mode(FilterMode.IDENTITY).build();
  }

  /** Padding along each filtered dimension: {@code k / 2}. */
  public int pad() {
    return kernelSize / 2;
  }

  /** A builder starting from this spec. */
  public Builder toBuilder() {
    return new Builder()
        .dims(dims)
        .kernelSize(kernelSize)
        .lowPass(lowPass)
        .padding(padding)
        .mode(mode);
  }

  /** A short human-readable name, e.g. {@code hp-mean-k3-reflect-2d}. */
  public String label() {
    String m =
        switch (mode) {
          case HIGH_PASS -> "hp";
          case LOW_PASS -> "lp";
          case LOW_PASS_NO_GRAD -> "lpng";
          case IDENTITY -> "id";
        };
    if (mode == FilterMode.IDENTITY) {
      return m + "-" + dims + "d";
    }
    String kind = lowPass.kind().name().toLowerCase().replace('_', '-');
    return m
        + "-"
        + kind
        + "-k"
        + kernelSize
        + "-"
        + padding.name().toLowerCase()
        + "-"
        + dims
        + "d";
  }

  /** Builds an {@link EdgeFilterSpec}; every setter has a default. */
  public static final class Builder {
    private int dims = 2;
    private int kernelSize = 3;
    private LowPass lowPass = LowPass.mean();
    private Padding padding = Padding.REFLECT;
    private FilterMode mode = FilterMode.HIGH_PASS;

    private Builder() {}

    /** 1 (axis 1 of {@code [batch, length, channels]}) or 2 (H and W of NHWC); default 2. */
    public Builder dims(int dims) {
      this.dims = dims;
      return this;
    }

    /** The odd window size k in 1..{@value EdgeFilterSpec#MAX_KERNEL_SIZE}; default 3. */
    public Builder kernelSize(int kernelSize) {
      this.kernelSize = kernelSize;
      return this;
    }

    /** The low-pass kind; default {@link LowPass#mean()}. */
    public Builder lowPass(LowPass lowPass) {
      this.lowPass = lowPass;
      return this;
    }

    /** The border handling; default {@link Padding#REFLECT}. */
    public Builder padding(Padding padding) {
      this.padding = padding;
      return this;
    }

    /**
     * High-pass (the filter), low-pass (the ablation) or identity (the baseline); default {@link
     * FilterMode#HIGH_PASS}.
     */
    public Builder mode(FilterMode mode) {
      this.mode = mode;
      return this;
    }

    /** Checks and returns the spec; an invalid value gets an {@link IllegalArgumentException}. */
    public EdgeFilterSpec build() {
      return new EdgeFilterSpec(dims, kernelSize, lowPass, padding, mode);
    }
  }
}
