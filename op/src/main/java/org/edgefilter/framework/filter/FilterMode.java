package org.edgefilter.framework.filter;

/** What {@link EdgeFilter#apply} returns for an input {@code h}. */
public enum FilterMode {
  /**
   * The Deep Edge Filter, {@code h - stopGradient(LPF(h))}: the high-frequency part of {@code h}.
   * Its gradient with respect to {@code h} is exactly the identity.
   */
  HIGH_PASS,
  /** {@code LPF(h)} with its gradient: the low-frequency part alone (the paper's ablation). */
  LOW_PASS,
  /** {@code h} unchanged: the baseline arm, kept in the graph so both arms share one model code. */
  IDENTITY
}
