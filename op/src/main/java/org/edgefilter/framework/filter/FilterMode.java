package org.edgefilter.framework.filter;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@link EdgeFilter#apply} returns for an input {@code h}. */
public enum FilterMode {
  /**
   * The Deep Edge Filter, {@code h - stopGradient(LPF(h))}: the high-frequency part of {@code h}.
   * Its gradient with respect to {@code h} is exactly the identity.
   */
  HIGH_PASS,
  /** {@code LPF(h)} with its gradient: the low-frequency part alone (the paper's ablation). */
  LOW_PASS,
  /**
   * {@code stopGradient(LPF(h))}: the official code's low-pass ablation ({@code averageLOW}
   * computes the filtered map under {@code torch.no_grad()}), so the layers before the filter
   * receive no gradient through it at all. Its forward output equals {@link #LOW_PASS}.
   */
  LOW_PASS_NO_GRAD,
  /** {@code h} unchanged: the baseline arm, kept in the graph so both arms share one model code. */
  IDENTITY;

  /** The configuration value: {@code high-pass}, {@code low-pass}, {@code low-pass-no-grad}, ... */
  public String configName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The mode of a configuration value ({@link #configName()}; the enum constant's name is accepted
   * too, case-insensitively).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static FilterMode fromConfig(String value) {
    String key = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (FilterMode mode : values()) {
      if (mode.name().equals(key)) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "unknown filter mode '"
            + value
            + "'; expected one of "
            + Arrays.stream(values())
                .map(FilterMode::configName)
                .collect(Collectors.joining(", ")));
  }
}
