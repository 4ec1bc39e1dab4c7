package org.edgefilter.framework.filter;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * The one filter configuration of every modality: what the filter computes and where the model puts
 * it. Every modality's configuration record holds it as its {@code filter} component, so the {@code
 * --set} keys are the same everywhere:
 *
 * <ul>
 *   <li>{@code filter.mode}: {@code high-pass} (the Deep Edge Filter), {@code low-pass} (the
 *       ablation), {@code identity} (the baseline arm), or any other {@link FilterMode};
 *   <li>{@code filter.kind}: {@code mean}, {@code gaussian}, {@code median}, {@code
 *       discrete-gaussian};
 *   <li>{@code filter.scale}: sigma of {@code gaussian}, t of {@code discrete-gaussian}; ignored by
 *       the other kinds;
 *   <li>{@code filter.kernelSize}: odd window size k, 1..{@value EdgeFilterSpec#MAX_KERNEL_SIZE};
 *   <li>{@code filter.padding}: {@code reflect}, {@code zero}, {@code replicate};
 *   <li>{@code filter.position}: the model's slot for the filter; each modality states its slots
 *       with {@link FilterPositions}.
 * </ul>
 *
 * <p>{@link #spec(int)} is the one place a configuration becomes an {@link EdgeFilterSpec}; {@link
 * #armName()} is the one arm-naming rule.
 *
 * @param mode what the filter returns (IDENTITY: the baseline arm)
 * @param kind the low-pass kind
 * @param scale sigma for GAUSSIAN, t for DISCRETE_GAUSSIAN (> 0); ignored by MEAN and MEDIAN
 * @param kernelSize odd window k along each filtered dimension
 * @param padding border handling
 * @param position the model's slot (>= 0; its meaning and upper bound are the modality's)
 */
public record FilterConfig(
    FilterMode mode,
    LowPass.Kind kind,
    double scale,
    int kernelSize,
    Padding padding,
    int position) {

  /** The default scale (sigma or t) of the Gaussian kinds. */
  public static final double DEFAULT_SCALE = 1.0;

  public FilterConfig {
    Objects.requireNonNull(mode, "filter.mode");
    Objects.requireNonNull(kind, "filter.kind");
    Objects.requireNonNull(padding, "filter.padding");
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("filter.scale must be > 0 and finite, got " + scale);
    }
    if (kernelSize <= 0 || kernelSize % 2 == 0 || kernelSize > EdgeFilterSpec.MAX_KERNEL_SIZE) {
      throw new IllegalArgumentException(
          "filter.kernelSize must be odd and in 1.."
              + EdgeFilterSpec.MAX_KERNEL_SIZE
              + ", got "
              + kernelSize);
    }
    if (position < 0) {
      throw new IllegalArgumentException("filter.position must be >= 0, got " + position);
    }
  }

  /** The paper's filter (HIGH_PASS, mean, REFLECT) with window {@code kernelSize} at a slot. */
  public static FilterConfig highPassMean(int kernelSize, int position) {
    return new FilterConfig(
        FilterMode.HIGH_PASS,
        LowPass.Kind.MEAN,
        DEFAULT_SCALE,
        kernelSize,
        Padding.REFLECT,
        position);
  }

  /**
   * The baseline arm: IDENTITY with every other field fixed (mean, k = 1, REFLECT) at slot {@code
   * position}, so every baseline of an experiment has one configuration and one run folder,
   * whichever filter it is compared with.
   */
  public static FilterConfig baseline(int position) {
    return new FilterConfig(
        FilterMode.IDENTITY, LowPass.Kind.MEAN, DEFAULT_SCALE, 1, Padding.REFLECT, position);
  }

  /**
   * The baseline arm of this configuration: {@link #baseline(int)} at this slot (a model may record
   * features at the slot in both arms).
   */
  public FilterConfig baseline() {
    return baseline(position);
  }

  /** Whether the filter changes anything (the mode is not IDENTITY). */
  public boolean enabled() {
    return mode != FilterMode.IDENTITY;
  }

  /** This configuration in another mode. */
  public FilterConfig withMode(FilterMode newMode) {
    return new FilterConfig(newMode, kind, scale, kernelSize, padding, position);
  }

  /** This configuration at another slot. */
  public FilterConfig withPosition(int newPosition) {
    return new FilterConfig(mode, kind, scale, kernelSize, padding, newPosition);
  }

  /** The low-pass filter of {@link #kind} with {@link #scale} where the kind has one. */
  public LowPass lowPass() {
    return switch (kind) {
      case MEAN -> LowPass.mean();
      case MEDIAN -> LowPass.median();
      case GAUSSIAN -> LowPass.gaussian(scale);
      case DISCRETE_GAUSSIAN -> LowPass.discreteGaussian(scale);
    };
  }

  /** Whether {@link #kind} reads {@link #scale}. */
  public boolean scaled() {
    return kind == LowPass.Kind.GAUSSIAN || kind == LowPass.Kind.DISCRETE_GAUSSIAN;
  }

  /**
   * The filter's specification over {@code dims} dimensions (1: axis 1 of {@code [batch, length,
   * channels]}; 2: H and W of NHWC).
   */
  public EdgeFilterSpec spec(int dims) {
    return EdgeFilterSpec.builder()
        .dims(dims)
        .kernelSize(kernelSize)
        .lowPass(lowPass())
        .padding(padding)
        .mode(mode)
        .build();
  }

  /**
   * The arm's name: {@code baseline} in IDENTITY mode, else {@code
   * ef-<kind>[-s<scale>]-k<k>-p<position>} followed by the padding when it is not REFLECT and the
   * mode when it is not HIGH_PASS, e.g. {@code ef-mean-k11-p1}, {@code ef-gaussian-s1-k3-p1-zero},
   * {@code ef-mean-k11-p1-low-pass}. The scale is named only for the kinds that read it.
   */
  public String armName() {
    if (!enabled()) {
      return "baseline";
    }
    StringBuilder name = new StringBuilder("ef-").append(valueName(kind));
    if (scaled()) {
      name.append("-s").append(number(scale));
    }
    name.append("-k").append(kernelSize).append("-p").append(position);
    if (padding != Padding.REFLECT) {
      name.append('-').append(valueName(padding));
    }
    if (mode != FilterMode.HIGH_PASS) {
      name.append('-').append(valueName(mode));
    }
    return name.toString();
  }

  /** One line for logs, e.g. {@code high-pass mean k=3 reflect at position 1}. */
  public String describe() {
    if (!enabled()) {
      return "none (identity at position " + position + ")";
    }
    return valueName(mode)
        + " "
        + valueName(kind)
        + (scaled()
            ? "(" + (kind == LowPass.Kind.GAUSSIAN ? "sigma=" : "t=") + number(scale) + ")"
            : "")
        + " k="
        + kernelSize
        + " "
        + valueName(padding)
        + " at position "
        + position;
  }

  /**
   * The command-line spelling of an enum constant: lower case with '-' for '_' ({@code
   * DISCRETE_GAUSSIAN -> discrete-gaussian}); what {@code --set} accepts.
   */
  public static String valueName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code 1.0 -> 1}, {@code 0.5 -> 0.5}: the shortest exact decimal. */
  private static String number(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
