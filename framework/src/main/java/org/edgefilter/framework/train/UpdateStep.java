package org.edgefilter.framework.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterScope;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * One compiled gradient step: the loss, the gradients of exactly the selected parameters ({@code
 * Graph.addGradients}, never {@code Optimizer.minimize}), optional clipping by global norm, the
 * optimizer's update, and extra ops that must run with it (BatchNorm moving averages).
 *
 * <p>The same class serves training (all trainable parameters) and test-time adaptation (for
 * example only the {@code norm-affine} parameters, with an entropy loss); each step keeps its own
 * optimizer state under {@code optimizer/<name>/...}.
 *
 * <p>Ordering inside a run: every update waits for every gradient and every requested fetch, so the
 * returned loss and outputs are computed with the values from before the update.
 */
public final class UpdateStep {

  private final Model model;
  private final String name;
  private final Operand<TFloat32> loss;
  private final List<Parameter> parameters;
  private final List<Operand<TFloat32>> gradients;
  private final Operand<TFloat32> globalNorm;
  private final List<Operand<TFloat32>> fetches;
  private final Placeholder<TFloat32> learningRate;
  private final Operand<TInt64> stepSeed;
  private final Op train;
  private final List<Parameter> optimizerState;

  private UpdateStep(Builder b) {
    this.model = b.model;
    this.name = b.name;
    this.loss = b.loss;
    this.parameters =
        List.copyOf(b.parameters != null ? b.parameters : model.registry().trainable());
    this.fetches = List.copyOf(b.fetches);
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException("step '" + name + "' has no parameters to update");
    }
    for (Parameter p : parameters) {
      if (!p.trainable()) {
        throw new IllegalArgumentException(
            "step '" + name + "': " + p.name() + " is not trainable (" + p.role() + ")");
      }
    }
    Shape lossShape = loss.shape();
    if (lossShape.isUnknown() || lossShape.numDimensions() != 0) {
      throw new IllegalArgumentException(
          "step '" + name + "': the loss must be a scalar, got shape " + lossShape);
    }
    Ops tf = model.tf().withSubScope(name);
    this.learningRate =
        tf.withName("learning_rate").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
    this.stepSeed = model.registry().stepSeed();

    List<Operand<TFloat32>> raw = differentiate();
    Operand<TFloat32> norm = null;
    List<Operand<TFloat32>> used = raw;
    if (b.clipNorm > 0) {
      GradientClipping.Clipped clipped = GradientClipping.clipByGlobalNorm(tf, raw, b.clipNorm);
      used = clipped.gradients();
      norm = clipped.globalNorm();
    }
    this.gradients = raw;
    this.globalNorm = norm;

    List<Op> before = new ArrayList<>(used);
    before.addAll(fetches);
    before.add(loss);
    ParameterScope state = model.params().child("optimizer").child(name);
    int stateBefore = model.registry().size();
    Op update =
        b.optimizer.applyGradients(
            tf.withControlDependencies(before), parameters, used, learningRate, state);
    List<Parameter> all = model.registry().all();
    this.optimizerState = List.copyOf(all.subList(stateBefore, all.size()));

    List<Op> targets = new ArrayList<>();
    targets.add(update);
    targets.addAll(b.updateOps != null ? b.updateOps : model.registry().takeUpdateOps());
    this.train = tf.withControlDependencies(targets).withName("apply").noOp();
  }

  /** Starts a step over {@code model}'s graph. */
  public static Builder builder(Model model) {
    return new Builder(model);
  }

  private List<Operand<TFloat32>> differentiate() {
    Output<?>[] variables = new Output<?>[parameters.size()];
    for (int i = 0; i < variables.length; i++) {
      variables[i] = parameters.get(i).variable().asOutput();
    }
    Output<?>[] grads;
    try {
      grads =
          model
              .graph()
              .addGradients(
                  name + "_gradients", new Output<?>[] {loss.asOutput()}, variables, null);
    } catch (IllegalArgumentException | TensorFlowException e) {
      // TensorFlow refuses parameters the loss does not reach; its message names the variable.
      throw new IllegalArgumentException(
          "step '"
              + name
              + "': cannot differentiate the loss ("
              + e.getMessage()
              + "); leave parameters the loss does not depend on out of the step",
          e);
    }
    List<String> missing = new ArrayList<>();
    List<Operand<TFloat32>> out = new ArrayList<>();
    for (int i = 0; i < grads.length; i++) {
      if (grads[i] == null) {
        missing.add(parameters.get(i).name());
      } else {
        out.add(grads[i].expect(TFloat32.class));
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "step '"
              + name
              + "': the loss does not depend on "
              + missing
              + "; leave them out of the step's parameters");
    }
    return List.copyOf(out);
  }

  /**
   * Runs one update.
   *
   * @param feeds the batch's tensors (the caller closes them)
   * @param learningRate the rate for this step
   * @param step the 0-based global step; seeds this step's dropout masks
   * @return the loss and the extra fetches, computed before the update
   */
  public StepResult run(Feeds feeds, double learningRate, long step) {
    Session.Runner runner = model.session().runner();
    feeds.applyTo(runner);
    try (TFloat32 lr = TFloat32.scalarOf((float) learningRate);
        TInt64 seed = TInt64.vectorOf(model.seed(), step)) {
      runner.feed(this.learningRate, lr).feed(stepSeed, seed).fetch(loss);
      fetches.forEach(runner::fetch);
      runner.addTarget(train);
      try (Result result = runner.run()) {
        double lossValue = ((TFloat32) result.get(0)).getFloat();
        float[][] outputs = new float[fetches.size()][];
        for (int i = 0; i < outputs.length; i++) {
          outputs[i] = copy((TFloat32) result.get(i + 1));
        }
        return new StepResult(lossValue, outputs);
      }
    }
  }

  /** Sets the optimizer state (moments, buffers, step counter) back to zero. */
  public void resetOptimizerState() {
    // One session run for all of them: TENT resets before every corruption and severity.
    Map<Parameter, float[]> zeros = new LinkedHashMap<>();
    for (Parameter p : optimizerState) {
      zeros.put(p, new float[p.size()]);
    }
    model.write(zeros);
  }

  static float[] copy(TFloat32 tensor) {
    float[] values = new float[Math.toIntExact(tensor.shape().size())];
    tensor.copyTo(DataBuffers.of(values, false, false));
    return values;
  }

  /** The step's name. */
  public String name() {
    return name;
  }

  /** The scalar loss. */
  public Operand<TFloat32> loss() {
    return loss;
  }

  /** The parameters this step updates. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** The unclipped gradients, aligned with {@link #parameters()}. */
  public List<Operand<TFloat32>> gradients() {
    return gradients;
  }

  /** The global gradient norm before clipping, if clipping is on. */
  public Optional<Operand<TFloat32>> globalNorm() {
    return Optional.ofNullable(globalNorm);
  }

  /** The parameters the optimizer created for this step. */
  public List<Parameter> optimizerState() {
    return optimizerState;
  }

  /** Configuration of an {@link UpdateStep}. */
  public static final class Builder {
    private final Model model;
    private String name = "train";
    private Operand<TFloat32> loss;
    private Optimizer optimizer;
    private List<Parameter> parameters;
    private double clipNorm;
    private List<Op> updateOps;
    private final List<Operand<TFloat32>> fetches = new ArrayList<>();

    private Builder(Model model) {
      this.model = Objects.requireNonNull(model, "model");
    }

    /** The step's name (default {@code train}); names its optimizer state and ops. */
    public Builder setName(String name) {
      this.name = name;
      return this;
    }

    /** The scalar loss to minimize. */
    public Builder setLoss(Operand<TFloat32> loss) {
      this.loss = loss;
      return this;
    }

    /** How gradients become updates. */
    public Builder setOptimizer(Optimizer optimizer) {
      this.optimizer = optimizer;
      return this;
    }

    /** The parameters to update (default: every trainable parameter at build time). */
    public Builder optParameters(List<Parameter> parameters) {
      this.parameters = List.copyOf(parameters);
      return this;
    }

    /** Clip gradients to this global norm (default: no clipping). */
    public Builder optClipNorm(double clipNorm) {
      if (!(clipNorm > 0)) {
        throw new IllegalArgumentException("clip norm must be > 0, got " + clipNorm);
      }
      this.clipNorm = clipNorm;
      return this;
    }

    /**
     * Ops to run with every update. Default: the update ops recorded in the registry since the last
     * {@code takeUpdateOps()} (the BatchNorm moving averages of the TRAIN tower just built). Pass
     * an empty list for a step that must not touch them.
     */
    public Builder optUpdateOps(List<Op> updateOps) {
      this.updateOps = List.copyOf(updateOps);
      return this;
    }

    /** Extra outputs returned by every run, computed before the update. */
    public Builder optFetches(List<Operand<TFloat32>> outputs) {
      fetches.addAll(outputs);
      return this;
    }

    /** Adds the step to the graph. */
    public UpdateStep build() {
      if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]*")) {
        throw new IllegalArgumentException("step name '" + name + "' must be a plain identifier");
      }
      Objects.requireNonNull(loss, "step '" + name + "': setLoss is required");
      Objects.requireNonNull(optimizer, "step '" + name + "': setOptimizer is required");
      return new UpdateStep(this);
    }
  }
}
