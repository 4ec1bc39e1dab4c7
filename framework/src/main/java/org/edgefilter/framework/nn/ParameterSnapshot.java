package org.edgefilter.framework.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of some parameters at one moment, held on the host; {@link Model#restore} writes them
 * back exactly (TENT's {@code reset()}).
 */
public final class ParameterSnapshot {

  private final Map<Parameter, float[]> values;

  ParameterSnapshot(Map<Parameter, float[]> values) {
    this.values = new LinkedHashMap<>(values);
  }

  /** The parameters captured, in capture order. */
  public List<Parameter> parameters() {
    return List.copyOf(values.keySet());
  }

  /** A copy of the captured values of {@code parameter}. */
  public float[] values(Parameter parameter) {
    float[] v = values.get(parameter);
    if (v == null) {
      throw new IllegalArgumentException("snapshot does not contain " + parameter.name());
    }
    return v.clone();
  }

  Map<Parameter, float[]> entries() {
    return values;
  }
}
