package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.edgefilter.framework.train.Feeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * The contract every registered architecture of every modality keeps (issue 14; STYLE.md, "contract
 * tests over every registered model"): outputs of the stated shape with finite values, a non-zero
 * finite gradient for every trainable parameter, a filter that adds no parameters (its kernels are
 * constants) yet changes the outputs, and a checkpoint round trip into a fresh model that
 * reproduces the outputs exactly. A module's test extends this class, lists its architectures
 * (small instances: the kit builds each one three times) and the names its registry knows; JUnit
 * runs the inherited tests once per architecture, named by its display name. Shipped in the
 * framework's test-jar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModelContract {

  private static final long SEED = 1;
  private static final long OTHER_SEED = 2;

  @TempDir Path dir;

  /** Builds an architecture with or without its filter, from a seed. */
  @FunctionalInterface
  public interface Factory {

    /**
     * @param filtered whether the filter sits in its slot (otherwise the baseline arm: the same
     *     network with no filter)
     * @param seed the model seed; equal seeds and parameter names give equal initial values
     */
    ContractSubject build(boolean filtered, long seed);
  }

  /**
   * One architecture under contract.
   *
   * @param name the name the modality's registry knows it by (e.g. {@code wrn})
   * @param displayName what the test report shows (e.g. {@code WRN-10-1, mean k5 after block 1})
   * @param factory builds a small instance
   */
  public record Architecture(String name, String displayName, Factory factory) {

    /** The display name: JUnit names each parameterized case by it. */
    @Override
    public String toString() {
      return displayName;
    }
  }

  /** One small instance of every architecture the modality registers. */
  protected abstract List<Architecture> architectures();

  /** Every architecture name the modality's registry knows (each needs an entry above). */
  protected abstract Collection<String> registeredNames();

  /**
   * The filtered instance of each architecture at {@link #SEED}, built once and shared by the tests
   * (building a model and its first session run cost most of the kit's time); tests that change its
   * values put them back.
   */
  private final Map<String, ContractSubject> built = new LinkedHashMap<>();

  Stream<Architecture> cases() {
    return architectures().stream();
  }

  private ContractSubject subject(Architecture architecture) {
    ContractSubject s = built.get(architecture.displayName());
    if (s == null) {
      s = architecture.factory().build(true, SEED);
      built.put(architecture.displayName(), s);
      s.model().initialize();
    }
    return s;
  }

  @AfterAll
  void closeSubjects() {
    built.values().forEach(ContractSubject::close);
    built.clear();
  }

  @Test
  public void everyRegisteredArchitectureIsUnderContract() {
    Set<String> covered =
        architectures().stream()
            .map(Architecture::name)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(registeredNames());
    missing.removeAll(covered);
    assertTrue(missing.isEmpty(), "registered but without a contract case: " + missing);
  }

  @ParameterizedTest(name = "{0}: output shape and finite values")
  @MethodSource("cases")
  public void outputsHaveTheirShapeAndFiniteValues(Architecture architecture) {
    float[][] outputs = evaluate(subject(architecture));
    for (float[] values : outputs) {
      for (int i = 0; i < values.length; i++) {
        assertTrue(
            Float.isFinite(values[i]), architecture + ": output value " + i + " is " + values[i]);
      }
    }
  }

  @ParameterizedTest(name = "{0}: non-zero gradient for every trainable parameter")
  @MethodSource("cases")
  public void everyTrainableParameterGetsANonZeroGradient(Architecture architecture) {
    ContractSubject s = subject(architecture);
    Model model = s.model();
    List<Parameter> trainable = model.registry().trainable();
    assertFalse(trainable.isEmpty(), architecture + " has no trainable parameter");
    Output<?>[] variables = new Output<?>[trainable.size()];
    for (int i = 0; i < variables.length; i++) {
      variables[i] = trainable.get(i).variable().asOutput();
    }
    Output<?>[] gradients =
        model
            .graph()
            .addGradients(
                "contract_gradients", new Output<?>[] {s.loss().asOutput()}, variables, null);
    Session.Runner runner = model.session().runner();
    for (int i = 0; i < gradients.length; i++) {
      assertNotNull(
          gradients[i], architecture + ": the loss does not reach " + trainable.get(i).name());
      runner.fetch(gradients[i]);
    }
    try (Feeds feeds = s.feeds()) {
      feeds.applyTo(runner);
      try (Result result = runner.run()) {
        for (int i = 0; i < gradients.length; i++) {
          float[] g = copy(result.get(i));
          double squares = 0;
          for (float v : g) {
            assertTrue(
                Float.isFinite(v),
                architecture + ": non-finite gradient for " + trainable.get(i).name());
            squares += (double) v * v;
          }
          assertTrue(squares > 0, architecture + ": zero gradient for " + trainable.get(i));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}: the filter adds no parameters")
  @MethodSource("cases")
  public void theFilterAddsNoParameters(Architecture architecture) {
    ContractSubject filtered = subject(architecture);
    try (ContractSubject baseline = architecture.factory().build(false, SEED)) {
      assertEquals(
          describe(baseline.model()),
          describe(filtered.model()),
          architecture + ": parameters with and without the filter");
      assertEquals(
          baseline.model().registry().trainableValueCount(),
          filtered.model().registry().trainableValueCount(),
          architecture + ": trainable values");
      // Every variable of the graph is a registered parameter: filter kernels are constants.
      assertEquals(
          filtered.model().registry().size(),
          variableOps(filtered.model()),
          architecture + ": variables outside the parameter registry");
      // Equal seeds and names give equal weights, so only the filter can tell the arms apart;
      // outputs that did not differ would mean the filtered build has no filter at all.
      baseline.model().initialize();
      assertFalse(
          Arrays.deepEquals(evaluate(baseline), evaluate(filtered)),
          architecture + ": the filter does not change the outputs");
    }
  }

  @ParameterizedTest(name = "{0}: save and restore into a fresh model")
  @MethodSource("cases")
  public void aCheckpointRestoredIntoAFreshModelGivesTheSameOutputs(Architecture architecture) {
    Path prefix =
        dir.resolve(
                architecture.name()
                    + "-"
                    + Integer.toHexString(architecture.displayName().hashCode()))
            .resolve("ckpt");
    Map<String, float[]> saved = new LinkedHashMap<>();
    float[][] savedOutputs;
    ContractSubject source = subject(architecture);
    Model model = source.model();
    ParameterSnapshot original = new ParameterSnapshot(readAll(model));
    try {
      // Every value moves by a distinct positive amount: state that starts equal for every seed
      // (BatchNorm moving statistics, optimizer moments) must also survive the round trip, and a
      // positive shift keeps moving variances positive. One write for all: a session run per
      // parameter would make TensorFlow prune the graph anew each time (see readAll).
      Map<Parameter, float[]> shifted = new LinkedHashMap<>();
      for (Parameter p : original.parameters()) {
        float[] v = original.values(p).clone();
        for (int i = 0; i < v.length; i++) {
          v[i] += 0.01f * (1 + i % 7);
        }
        shifted.put(p, v);
        saved.put(p.name(), v);
      }
      model.restore(new ParameterSnapshot(shifted));
      savedOutputs = evaluate(source);
      model.saveVariables(prefix);
    } finally {
      model.restore(original);
    }
    try (ContractSubject fresh = architecture.factory().build(true, OTHER_SEED)) {
      Model restored = fresh.model();
      restored.initialize();
      assertFalse(
          Arrays.deepEquals(savedOutputs, evaluate(fresh)),
          architecture + ": a model from another seed already gives the saved outputs");
      restored.restoreVariables(prefix);
      assertEquals(
          saved.keySet(),
          Set.copyOf(restored.registry().all().stream().map(Parameter::name).toList()));
      for (Map.Entry<Parameter, float[]> e : readAll(restored).entrySet()) {
        assertArrayEquals(
            saved.get(e.getKey().name()),
            e.getValue(),
            0f,
            architecture + ": " + e.getKey().name());
      }
      float[][] outputs = evaluate(fresh);
      for (int i = 0; i < outputs.length; i++) {
        assertArrayEquals(savedOutputs[i], outputs[i], 0f, architecture + ": output " + i);
      }
    }
  }

  /**
   * Runs the subject's outputs on its batch and checks each output's run-time shape.
   *
   * @return each output's values, row-major
   */
  private static float[][] evaluate(ContractSubject s) {
    List<Operand<TFloat32>> outputs = s.outputs();
    List<long[]> shapes = s.outputShapes();
    assertEquals(outputs.size(), shapes.size(), "one expected shape per output");
    Session.Runner runner = s.model().session().runner();
    outputs.forEach(runner::fetch);
    try (Feeds feeds = s.feeds()) {
      feeds.applyTo(runner);
      try (Result result = runner.run()) {
        float[][] values = new float[outputs.size()][];
        for (int i = 0; i < values.length; i++) {
          Tensor t = result.get(i);
          assertArrayEquals(shapes.get(i), t.shape().asArray(), "shape of output " + i);
          values[i] = copy(t);
        }
        return values;
      }
    }
  }

  /**
   * Every parameter's values, fetched in one session run (TensorFlow prunes the graph anew for each
   * distinct set of fetches, which made a run per parameter take minutes in a ResNet's graph).
   */
  private static Map<Parameter, float[]> readAll(Model model) {
    List<Parameter> all = model.registry().all();
    Session.Runner runner = model.session().runner();
    all.forEach(p -> runner.fetch(p.variable()));
    Map<Parameter, float[]> values = new LinkedHashMap<>();
    try (Result result = runner.run()) {
      for (int i = 0; i < all.size(); i++) {
        values.put(all.get(i), copy(result.get(i)));
      }
    }
    return values;
  }

  private static float[] copy(Tensor t) {
    float[] values = new float[(int) t.shape().size()];
    ((TFloat32) t).copyTo(DataBuffers.of(values, false, false));
    return values;
  }

  /** Name, role, trainability and shape of every parameter, in creation order. */
  private static List<String> describe(Model model) {
    return model.registry().all().stream()
        .map(
            p ->
                p.name()
                    + " "
                    + p.role()
                    + (p.trainable() ? " trainable " : " frozen ")
                    + Arrays.toString(p.shape()))
        .toList();
  }

  private static int variableOps(Model model) {
    int count = 0;
    Iterator<GraphOperation> ops = model.graph().operations();
    while (ops.hasNext()) {
      String type = ops.next().type();
      if (type.startsWith("Variable") || type.equals("VarHandleOp")) {
        count++;
      }
    }
    return count;
  }
}
