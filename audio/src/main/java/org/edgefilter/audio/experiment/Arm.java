package org.edgefilter.audio.experiment;

import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.cli.RunOptions;

/** The two arms of the experiment: the same CNN without and with the EdgeFilter. */
public enum Arm {
  /** The filter's place holds the identity: the plain CNN. */
  BASELINE("baseline"),
  /** The filter as configured ({@code filter.*}; by default high-pass mean k=3 reflect). */
  FILTER("filter");

  private final String id;

  Arm(String id) {
    this.id = id;
  }

  /** The run-directory name of the arm. */
  public String id() {
    return id;
  }

  /** {@code config} as this arm runs it: the baseline is the filter's IDENTITY baseline. */
  public AudioConfig apply(AudioConfig config) {
    if (this == FILTER) {
      return config;
    }
    return config.withFilter(config.filter().baseline());
  }

  /** The arm {@code --arm} chose. */
  public static Arm of(RunOptions.Arm arm) {
    return arm == RunOptions.Arm.BASELINE ? BASELINE : FILTER;
  }

  /**
   * The arm named {@code text}.
   *
   * @throws ConfigException listing the valid names
   */
  public static Arm parse(String text) {
    for (Arm arm : values()) {
      if (arm.id.equalsIgnoreCase(text.trim())) {
        return arm;
      }
    }
    throw new ConfigException("unknown arm '" + text + "'; valid: baseline, filter");
  }
}
