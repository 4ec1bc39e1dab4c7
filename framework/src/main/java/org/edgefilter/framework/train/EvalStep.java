package org.edgefilter.framework.train;

import java.util.List;
import org.edgefilter.framework.nn.Model;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

/** Fetches float outputs for given feeds without changing any variable. */
public final class EvalStep {

  private final Model model;
  private final List<Operand<TFloat32>> outputs;

  private EvalStep(Model model, List<Operand<TFloat32>> outputs) {
    if (outputs.isEmpty()) {
      throw new IllegalArgumentException("an eval step needs at least one output");
    }
    this.model = model;
    this.outputs = List.copyOf(outputs);
  }

  /** A step fetching {@code outputs} (for example logits and loss of the EVAL tower). */
  public static EvalStep of(Model model, List<Operand<TFloat32>> outputs) {
    return new EvalStep(model, outputs);
  }

  /** A step fetching one output. */
  public static EvalStep of(Model model, Operand<TFloat32> output) {
    return new EvalStep(model, List.of(output));
  }

  /**
   * Runs the graph once.
   *
   * @return each output's values, row-major in its shape, in the order given
   */
  public float[][] run(Feeds feeds) {
    Session.Runner runner = model.session().runner();
    feeds.applyTo(runner);
    outputs.forEach(runner::fetch);
    try (Result result = runner.run()) {
      float[][] values = new float[outputs.size()][];
      for (int i = 0; i < values.length; i++) {
        values[i] = UpdateStep.copy((TFloat32) result.get(i));
      }
      return values;
    }
  }
}
