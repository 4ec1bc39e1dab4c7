package org.edgefilter.framework.train;

import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterScope;
import org.edgefilter.framework.nn.ParameterSpec;
import org.edgefilter.framework.nn.Role;
import org.edgefilter.framework.nn.Tags;

/** Creates optimizer state parameters: zero-initialized, frozen, tagged {@link Tags#OPTIMIZER}. */
final class OptimizerState {

  private OptimizerState() {}

  /** A slot shaped like {@code parameter}, named {@code <state>/<parameter name>/<slot>}. */
  static Parameter slot(ParameterScope state, Parameter parameter, String slot) {
    ParameterScope scope = state;
    for (String segment : parameter.name().split("/")) {
      scope = scope.child(segment);
    }
    return scope.create(spec(slot, parameter.shape()));
  }

  /** A scalar named {@code <state>/<name>}. */
  static Parameter scalar(ParameterScope state, String name) {
    return state.create(spec(name, new long[0]));
  }

  private static ParameterSpec spec(String name, long[] shape) {
    return ParameterSpec.of(name, Role.OPTIMIZER_STATE, Initializers.zeros(), shape)
        .frozen()
        .withTags(Tags.OPTIMIZER);
  }
}
