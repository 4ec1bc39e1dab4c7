package org.edgefilter.framework.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.PlaceholderWithDefault;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Every parameter of one graph, in creation order, plus two things layers share with the trainer:
 * the moving-average update ops recorded by training-mode towers, and the per-step random seed that
 * stochastic layers (dropout) read.
 *
 * <p>Variables are plain {@code VariableV2} ops named exactly as their parameter, so {@code
 * Session.save} checkpoints them under those names.
 */
public final class ParameterRegistry {

  private final Graph graph;
  private final Ops root;
  private final Ops io;
  private final long seed;
  private final Map<String, Ops> scopeOps = new HashMap<>();
  private final LinkedHashMap<String, Parameter> parameters = new LinkedHashMap<>();
  private final List<Op> updateOps = new ArrayList<>();
  private PlaceholderWithDefault<TInt64> stepSeed;

  /**
   * @param graph the graph the variables live in
   * @param seed the run seed; initial values and dropout masks derive from it
   */
  public ParameterRegistry(Graph graph, long seed) {
    this.graph = graph;
    this.root = Ops.create(graph);
    this.io = root.withSubScope("parameter_io");
    this.seed = seed;
  }

  /** The run seed. */
  public long seed() {
    return seed;
  }

  /** The scope at the top of the name hierarchy. */
  public ParameterScope root() {
    return new ParameterScope(this, "");
  }

  synchronized Parameter create(ParameterScope scope, ParameterSpec spec) {
    String name = scope.qualify(spec.name());
    if (parameters.containsKey(name)) {
      throw new IllegalArgumentException(
          "parameter '" + name + "' already exists: give each layer its own scope");
    }
    Ops scoped = opsFor(scope.path());
    Variable<TFloat32> variable =
        scoped.withName(spec.name()).variable(Shape.of(spec.shape()), TFloat32.class);
    if (!variable.op().name().equals(name)) {
      throw new IllegalStateException(
          "variable for '"
              + name
              + "' was named '"
              + variable.op().name()
              + "' by TensorFlow:"
              + " an op name scope '"
              + name.split("/")[0]
              + "' was used before; keep graph op"
              + " scopes (e.g. tower names) distinct from parameter scopes");
    }
    Placeholder<TFloat32> feed =
        io.placeholder(TFloat32.class, Placeholder.shape(Shape.of(spec.shape())));
    Assign<TFloat32> assign = io.assign(variable, feed);
    Operand<TFloat32> value = scoped.withName(spec.name() + ".read").identity(variable);
    Parameter parameter = new Parameter(name, spec, variable, value, feed, assign);
    parameters.put(name, parameter);
    return parameter;
  }

  /** All parameters in creation order. */
  public synchronized List<Parameter> all() {
    return List.copyOf(parameters.values());
  }

  /** The parameters gradient steps may change, in creation order. */
  public List<Parameter> trainable() {
    return select(Parameter::trainable);
  }

  /** The parameters matching {@code filter}, in creation order. */
  public synchronized List<Parameter> select(Predicate<Parameter> filter) {
    List<Parameter> out = new ArrayList<>();
    for (Parameter p : parameters.values()) {
      if (filter.test(p)) {
        out.add(p);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The parameters with one of {@code roles}. */
  public List<Parameter> withRole(Role first, Role... more) {
    Set<Role> roles = EnumSet.of(first, more);
    return select(p -> roles.contains(p.role()));
  }

  /** The parameters carrying {@code tag}. */
  public List<Parameter> withTag(String tag) {
    return select(p -> p.hasTag(tag));
  }

  /** The parameters whose name starts with {@code path + "/"}. */
  public List<Parameter> under(String path) {
    String prefix = path.endsWith("/") ? path : path + "/";
    return select(p -> p.name().startsWith(prefix));
  }

  /** The parameter named {@code name}, if any. */
  public synchronized Optional<Parameter> find(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  /**
   * The parameter named {@code name}.
   *
   * @throws IllegalArgumentException listing a few existing names if there is none
   */
  public Parameter get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no parameter '"
                        + name
                        + "'; some that exist: "
                        + Arrays.toString(all().stream().limit(8).map(Parameter::name).toArray())));
  }

  /** The number of parameters. */
  public synchronized int size() {
    return parameters.size();
  }

  /** The total number of scalar values over all trainable parameters. */
  public long trainableValueCount() {
    long n = 0;
    for (Parameter p : trainable()) {
      n += p.size();
    }
    return n;
  }

  /**
   * The per-step seed of stochastic layers, {@code [2]} int64. Defaults to {@code [seed, 0]}; the
   * trainer feeds {@code [seed, step]} so dropout masks differ between steps yet repeat exactly
   * when a run resumes.
   */
  public synchronized Operand<TInt64> stepSeed() {
    if (stepSeed == null) {
      stepSeed =
          root.withName("step_seed")
              .placeholderWithDefault(root.constant(new long[] {seed, 0L}), Shape.of(2));
    }
    return stepSeed;
  }

  /**
   * Records an op that must run with every training step of the tower being built (BatchNorm's
   * moving-average updates). The trainer collects them with {@link #takeUpdateOps()}.
   */
  public synchronized void recordUpdate(Op op) {
    updateOps.add(op);
  }

  /**
   * The update ops recorded since the last call, which are then forgotten: build a training tower,
   * then take its updates and hand them to the step that trains it.
   */
  public synchronized List<Op> takeUpdateOps() {
    List<Op> taken = List.copyOf(updateOps);
    updateOps.clear();
    return taken;
  }

  Graph graph() {
    return graph;
  }

  private Ops opsFor(String path) {
    Ops ops = scopeOps.get(path);
    if (ops == null) {
      int slash = path.lastIndexOf('/');
      Ops parent = path.isEmpty() ? root : opsFor(slash < 0 ? "" : path.substring(0, slash));
      ops = path.isEmpty() ? root : parent.withSubScope(path.substring(slash + 1));
      scopeOps.put(path, ops);
    }
    return ops;
  }
}
