package org.edgefilter.bench.compare;

/**
 * Which comparisons are Holm-adjusted together. A verdict depends on its family: with a family of
 * every comparison in a folder, one study's verdict would change when unrelated runs sit beside it,
 * so the default is one family per study.
 */
public enum HolmFamily {
  /** One family per task (modality/experiment): the comparisons of one study. */
  STUDY,
  /** One family of every comparison of the report. */
  ALL;

  /** The family in words, for reports. */
  public String label() {
    return this == STUDY
        ? "one family per study (task modality/experiment)"
        : "one family of every comparison in the report";
  }
}
