package org.edgefilter.nerf.experiment;

import java.util.Locale;
import org.edgefilter.framework.cli.RunOptions;

/** The two arms of the NeRF experiment. */
public enum Arm {
  /** The filter slot is the identity: plain NeRF. */
  BASELINE,
  /** The filter slot as configured (the paper's high-pass filter). */
  FILTER;

  /** The run-directory name, e.g. {@code baseline}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The configuration this arm trains: the baseline is the filter's IDENTITY baseline. */
  public NerfConfig configure(NerfConfig config) {
    return this == BASELINE ? config.withFilter(config.filter().baseline()) : config;
  }

  /** The arm {@code --arm} chose. */
  public static Arm of(RunOptions.Arm arm) {
    return arm == RunOptions.Arm.BASELINE ? BASELINE : FILTER;
  }
}
