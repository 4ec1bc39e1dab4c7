package org.edgefilter.bench.collect;

import java.util.Comparator;
import java.util.Objects;

/**
 * One modality experiment, the unit within which arms are compared.
 *
 * @param modality e.g. {@code vision}
 * @param experiment e.g. {@code quick}
 */
public record TaskKey(String modality, String experiment) implements Comparable<TaskKey> {

  private static final Comparator<TaskKey> ORDER =
      Comparator.comparing(TaskKey::modality).thenComparing(TaskKey::experiment);

  public TaskKey {
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(experiment, "experiment");
  }

  /** {@code modality/experiment}. */
  public String label() {
    return modality + "/" + experiment;
  }

  @Override
  public int compareTo(TaskKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return label();
  }
}
