package org.edgefilter.framework.nn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edgefilter.framework.data.Seeds;
import org.edgefilter.framework.io.DataFormatException;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.Restore;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TType;

/**
 * Owns one TensorFlow {@link Graph}, its {@link Session} and the graph's {@link ParameterRegistry},
 * and moves parameter values between the session and the host.
 *
 * <p>Build the graph with {@link #tf()} and layers created in {@link #params()}, then call {@link
 * #initialize()} (or restore a checkpoint) before running anything. Closing the model closes the
 * session first, then the graph. Modality models either extend this class or hold one; their
 * endpoints (placeholders, logits, loss) are typed fields of their own records.
 */
public class Model implements AutoCloseable {

  /** Values written per session run by {@link #initialize()}: bounds the host copies (64 MB). */
  private static final long VALUES_PER_WRITE = 16L << 20;

  private final long seed;
  private final Graph graph;
  private final Ops tf;
  private final ParameterRegistry registry;
  private final Session session;
  private final Set<Parameter> initialized = new HashSet<>();
  private int parametersAtFirstSave = -1;
  private boolean closed;

  /** A model whose session uses TensorFlow's default thread pools. */
  public Model(long seed) {
    this(seed, 0);
  }

  /**
   * @param seed the run seed: initial values, dropout masks and shuffling derive from it
   * @param threads intra- and inter-op threads of the session; 0 leaves TensorFlow's default
   */
  public Model(long seed, int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0, got " + threads);
    }
    this.seed = seed;
    this.graph = new Graph();
    try {
      this.tf = Ops.create(graph);
      this.registry = new ParameterRegistry(graph, seed);
      ConfigProto.Builder config = ConfigProto.newBuilder();
      if (threads > 0) {
        config.setIntraOpParallelismThreads(threads).setInterOpParallelismThreads(threads);
      }
      this.session = new Session(graph, config.build());
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /** The run seed. */
  public long seed() {
    return seed;
  }

  /** The graph. */
  public Graph graph() {
    return graph;
  }

  /** Op factory for the graph's root scope. */
  public Ops tf() {
    return tf;
  }

  /** The root of the parameter name hierarchy. */
  public ParameterScope params() {
    return registry.root();
  }

  /** Every parameter of the graph. */
  public ParameterRegistry registry() {
    return registry;
  }

  /** The session; valid until {@link #close()}. */
  public Session session() {
    requireOpen();
    return session;
  }

  /**
   * Gives every parameter that has no value yet its initial value: the parameter's initializer
   * drawing from {@code Seeds.rng(seed, Seeds.hash(name))}. Values therefore depend only on the
   * seed and the name, not on creation order. Parameters already initialized, written or restored
   * keep their values, so this may be called again after adding parameters.
   */
  public void initialize() {
    Map<Parameter, float[]> values = new LinkedHashMap<>();
    long pending = 0;
    for (Parameter p : registry.all()) {
      if (!initialized.contains(p)) {
        values.put(p, p.initializer().sample(p.shape(), Seeds.rng(seed, Seeds.hash(p.name()))));
        pending += p.size();
        if (pending >= VALUES_PER_WRITE) {
          write(values);
          values.clear();
          pending = 0;
        }
      }
    }
    write(values);
  }

  /** Whether {@code parameter} has been given a value in this session. */
  public boolean isInitialized(Parameter parameter) {
    return initialized.contains(parameter);
  }

  /** The current values of {@code parameter}, row-major in its shape. */
  public float[] read(Parameter parameter) {
    requireOwn(parameter);
    float[] values = new float[parameter.size()];
    try (Result result = session().runner().fetch(parameter.variable()).run()) {
      ((TFloat32) result.get(0)).copyTo(DataBuffers.of(values, false, false));
    }
    return values;
  }

  /**
   * Sets {@code parameter} to {@code values}.
   *
   * @param values row-major in the parameter's shape
   * @throws IllegalArgumentException if the length does not match
   */
  public void write(Parameter parameter, float[] values) {
    requireOwn(parameter);
    if (values.length != parameter.size()) {
      throw new IllegalArgumentException(
          parameter.name()
              + Arrays.toString(parameter.shape())
              + " needs "
              + parameter.size()
              + " values, got "
              + values.length);
    }
    try (TFloat32 t =
        TFloat32.tensorOf(Shape.of(parameter.shape()), DataBuffers.of(values, true, false))) {
      session().runner().feed(parameter.valueFeed(), t).addTarget(parameter.assign()).run().close();
    }
    initialized.add(parameter);
  }

  /**
   * Writes several parameters in one session run. Each distinct set of feeds and targets makes
   * TensorFlow prune and optimize the graph anew (tens of milliseconds in a transformer's graph),
   * so writing a model's parameters one run at a time took seconds.
   *
   * @param values row-major values in each parameter's shape
   * @throws IllegalArgumentException if a length does not match
   */
  public void write(Map<Parameter, float[]> values) {
    if (values.isEmpty()) {
      return;
    }
    List<TFloat32> tensors = new ArrayList<>();
    try {
      Session.Runner runner = session().runner();
      for (Map.Entry<Parameter, float[]> e : values.entrySet()) {
        Parameter parameter = requireOwn(e.getKey());
        float[] v = e.getValue();
        if (v.length != parameter.size()) {
          throw new IllegalArgumentException(
              parameter.name()
                  + Arrays.toString(parameter.shape())
                  + " needs "
                  + parameter.size()
                  + " values, got "
                  + v.length);
        }
        TFloat32 t = TFloat32.tensorOf(Shape.of(parameter.shape()), DataBuffers.of(v, true, false));
        tensors.add(t);
        runner.feed(parameter.valueFeed(), t).addTarget(parameter.assign());
      }
      runner.run().close();
    } finally {
      tensors.forEach(TFloat32::close);
    }
    initialized.addAll(values.keySet());
  }

  /** Copies the current values of {@code parameters} to the host. */
  public ParameterSnapshot snapshot(Collection<Parameter> parameters) {
    Map<Parameter, float[]> values = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      values.put(p, read(p));
    }
    return new ParameterSnapshot(values);
  }

  /** Writes every value of {@code snapshot} back. */
  public void restore(ParameterSnapshot snapshot) {
    write(snapshot.entries());
  }

  /**
   * Saves every variable of the graph with TensorFlow's saver to {@code prefix.index} and {@code
   * prefix.data-*}. TensorFlow builds its saver on the first save or restore and covers only the
   * variables existing then, so every parameter (optimizer state included) must exist by then.
   *
   * @throws IllegalStateException if parameters were created after the first save or restore
   */
  public void saveVariables(Path prefix) {
    requireSaverCoversAll();
    try {
      Path parent = prefix.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory of " + prefix, e);
    }
    session().save(prefix.toString());
  }

  /**
   * Restores every variable of the graph from a checkpoint written by {@link #saveVariables} for a
   * graph with the same parameters, and counts them as initialized.
   */
  public void restoreVariables(Path prefix) {
    requireSaverCoversAll();
    if (!Files.exists(Path.of(prefix + ".index"))) {
      throw new IllegalArgumentException(
          "no checkpoint at " + prefix + " (expected " + prefix + ".index)");
    }
    try {
      session().restore(prefix.toString());
    } catch (TensorFlowException e) {
      throw unreadable(prefix, e);
    }
    initialized.addAll(registry.all());
  }

  /**
   * Loads only {@code parameters} from a checkpoint, by name, leaving the rest of the graph as it
   * is (for example a trained model's weights into a graph that also holds an adaptation
   * optimizer).
   *
   * @throws IllegalArgumentException if a parameter is missing from the checkpoint or its shape
   *     differs
   */
  public void loadParameters(Path prefix, Collection<Parameter> parameters) {
    if (parameters.isEmpty()) {
      return;
    }
    if (!Files.exists(Path.of(prefix + ".index"))) {
      throw new IllegalArgumentException(
          "no checkpoint at " + prefix + " (expected " + prefix + ".index)");
    }
    List<Parameter> list = new ArrayList<>(parameters);
    String[] names = new String[list.size()];
    String[] slices = new String[list.size()];
    List<Class<? extends TType>> types = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      names[i] = requireOwn(list.get(i)).name();
      slices[i] = "";
      types.add(TFloat32.class);
    }
    Ops load = tf.withSubScope("load_parameters");
    Restore restore =
        load.train.restore(
            load.constant(prefix.toString()),
            load.constant(NdArrays.vectorOfObjects(names)),
            load.constant(NdArrays.vectorOfObjects(slices)),
            types);
    Session.Runner runner = session().runner();
    restore.tensors().forEach(runner::fetch);
    Map<Parameter, float[]> loaded = new LinkedHashMap<>();
    Result fetched;
    try {
      fetched = runner.run();
    } catch (TensorFlowException e) {
      throw unreadable(prefix, e);
    }
    try (Result result = fetched) {
      for (int i = 0; i < names.length; i++) {
        Parameter p = list.get(i);
        Tensor t = result.get(i);
        if (!t.shape().equals(Shape.of(p.shape()))) {
          throw new IllegalArgumentException(
              "checkpoint "
                  + prefix
                  + " holds "
                  + p.name()
                  + " with shape "
                  + t.shape()
                  + ", the model expects "
                  + Arrays.toString(p.shape()));
        }
        float[] values = new float[p.size()];
        ((TFloat32) t).copyTo(DataBuffers.of(values, false, false));
        loaded.put(p, values);
      }
    }
    write(loaded);
  }

  /**
   * A checkpoint whose files TF cannot read (truncated, corrupt): names its files and keeps TF's
   * first line as the detail, so the user sees which file, not a native stack.
   */
  private static DataFormatException unreadable(Path prefix, TensorFlowException e) {
    List<Path> files = new ArrayList<>();
    Path dir = prefix.toAbsolutePath().getParent();
    String base = prefix.getFileName().toString();
    try (var children = Files.list(dir)) {
      children
          .filter(f -> f.getFileName().toString().startsWith(base + "."))
          .sorted()
          .forEach(files::add);
    } catch (IOException listing) {
      files.add(Path.of(prefix + ".index"));
    }
    String detail = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    DataFormatException failure =
        new DataFormatException(
            files.isEmpty() ? prefix : files.get(files.size() - 1),
            "checkpoint "
                + prefix
                + " cannot be read ("
                + files.stream().map(f -> f.getFileName() + " " + sizeOf(f) + " bytes").toList()
                + "; TensorFlow: "
                + detail
                + "): a file is truncated or corrupt");
    failure.initCause(e);
    return failure;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Closes the session, then the graph. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      session.close();
    } finally {
      graph.close();
    }
  }

  private void requireSaverCoversAll() {
    if (parametersAtFirstSave < 0) {
      parametersAtFirstSave = registry.size();
    } else if (registry.size() != parametersAtFirstSave) {
      throw new IllegalStateException(
          registry.size()
              - parametersAtFirstSave
              + " parameters were created after the first"
              + " checkpoint save/restore; TensorFlow's saver would miss them. Build every step"
              + " before saving or restoring.");
    }
  }

  private Parameter requireOwn(Parameter parameter) {
    if (registry.find(parameter.name()).orElse(null) != parameter) {
      throw new IllegalArgumentException(parameter.name() + " belongs to another model");
    }
    return parameter;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("model is closed");
    }
  }
}
