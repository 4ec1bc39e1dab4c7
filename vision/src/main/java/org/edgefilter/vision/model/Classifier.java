package org.edgefilter.vision.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.nn.Losses;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterSnapshot;
import org.edgefilter.framework.nn.Tags;
import org.edgefilter.framework.train.Adam;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.StepResult;
import org.edgefilter.framework.train.UpdateStep;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A vision network in its own graph with every step it needs, all built up front (the saver covers
 * the variables that exist at the first checkpoint):
 *
 * <ul>
 *   <li>a TRAIN tower with the cross-entropy loss and its Adam step (BatchNorm moving averages
 *       updated with it);
 *   <li>an EVAL tower (moving statistics; Source);
 *   <li>an ADAPT tower (test-batch statistics; BN-Norm) with a TENT step: Adam on the mean softmax
 *       entropy of the ADAPT logits over the normalization affine parameters only (BatchNorm
 *       gamma/beta for CNNs; every LayerNorm's for ViT, i.e. LN-TENT).
 * </ul>
 *
 * Inputs are normalized NHWC {@code [batch, size, size, 3]} floats and int labels {@code [batch]}.
 * Owns its {@link Model} (graph and session) and closes it; every method takes and returns Java
 * arrays, creating and closing its tensors within the call.
 */
public final class Classifier implements AutoCloseable {

  private final Model model;
  private final VisionNet net;
  private final int imageSize;
  private final int classes;
  private final Placeholder<TFloat32> images;
  private final Placeholder<TInt32> labels;
  private final UpdateStep trainStep;
  private final Operand<TFloat32> evalLogits;
  private final Operand<TFloat32> adaptLogits;
  private final FilterTaps evalTaps = new FilterTaps();
  private final UpdateStep tentStep;
  private final List<Parameter> adaptable;

  /**
   * @param weightDecay decoupled weight decay of the training step (0 for the paper's recipe)
   * @param threads session threads (0 = TensorFlow's default)
   */
  public Classifier(
      ModelConfig config,
      FilterConfig filter,
      int imageSize,
      int classes,
      long seed,
      double weightDecay,
      int threads) {
    this.imageSize = imageSize;
    this.classes = classes;
    model = new Model(seed, threads);
    try {
      Ops tf = model.tf();
      images =
          tf.withName("images")
              .placeholder(
                  TFloat32.class, Placeholder.shape(Shape.of(-1, imageSize, imageSize, 3)));
      labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
      net = config.build(model.params().child("net"), imageSize, classes, filter);

      Ops train = tf.withSubScope("train_tower");
      Operand<TFloat32> trainLogits = net.apply(train, images, Mode.TRAIN, null);
      Operand<TFloat32> loss = Losses.softmaxCrossEntropy(train, trainLogits, labels);
      Adam adam =
          weightDecay > 0
              ? Adam.adamW(weightDecay, p -> p.role() == org.edgefilter.framework.nn.Role.WEIGHT)
              : Adam.defaults();
      trainStep =
          UpdateStep.builder(model)
              .setName("train")
              .setLoss(loss)
              .setOptimizer(adam)
              .optParameters(model.registry().trainable())
              .build();

      evalLogits = net.apply(tf.withSubScope("eval_tower"), images, Mode.EVAL, evalTaps);

      Ops adapt = tf.withSubScope("adapt_tower");
      adaptLogits = net.apply(adapt, images, Mode.ADAPT, null);
      adaptable = model.registry().withTag(Tags.NORM_AFFINE);
      tentStep =
          UpdateStep.builder(model)
              .setName("tent")
              .setLoss(Losses.softmaxEntropy(adapt, adaptLogits))
              .setOptimizer(Adam.defaults())
              .optParameters(adaptable)
              .optUpdateOps(List.of())
              .optFetches(List.of(adaptLogits))
              .build();
      model.initialize();
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  public Model model() {
    return model;
  }

  public VisionNet net() {
    return net;
  }

  public int imageSize() {
    return imageSize;
  }

  public int classes() {
    return classes;
  }

  public Placeholder<TFloat32> images() {
    return images;
  }

  public Placeholder<TInt32> labels() {
    return labels;
  }

  /** The training step (cross-entropy, Adam over every trainable parameter). */
  public UpdateStep trainStep() {
    return trainStep;
  }

  /** The parameters TENT adapts: the normalization layers' affine parameters. */
  public List<Parameter> adaptableParameters() {
    return adaptable;
  }

  /** The EVAL tower's logits {@code [batch, classes]}, fed by {@link #images()}. */
  public Operand<TFloat32> evalLogits() {
    return evalLogits;
  }

  /** Logits {@code [n, classes]} of the EVAL tower (moving statistics). */
  public float[] evalLogits(float[] batch, int n) {
    return run(evalLogits, batch, n);
  }

  /** Logits of the ADAPT tower (normalization with the batch's own statistics). */
  public float[] adaptLogits(float[] batch, int n) {
    return run(adaptLogits, batch, n);
  }

  /**
   * One TENT step on a test batch: returns the logits of the forward pass the update was computed
   * from (as the official code's {@code forward_and_adapt}) and the batch's mean entropy.
   */
  public StepResult tentStep(float[] batch, int n, double learningRate, long step) {
    try (Feeds feeds = Feeds.create().floats(images, batch, n, imageSize, imageSize, 3)) {
      return tentStep.run(feeds, learningRate, step);
    }
  }

  /** Saves the adaptable parameters' values, for {@link #resetAdaptation}. */
  public ParameterSnapshot snapshotAdaptable() {
    return model.snapshot(adaptable);
  }

  /** Restores the adaptable parameters and zeroes TENT's optimizer state. */
  public void resetAdaptation(ParameterSnapshot source) {
    model.restore(source);
    tentStep.resetOptimizerState();
  }

  /**
   * The filter slot's input and output feature maps on the EVAL tower, flattened NHWC (or {@code
   * [b, tokens, width]} for ViT) with their shapes; empty if the model has no slot in the graph.
   */
  public Optional<Probe> probe(float[] batch, int n) {
    if (evalTaps.input().isEmpty()) {
      return Optional.empty();
    }
    Operand<TFloat32> in = evalTaps.input().get();
    Operand<TFloat32> out = evalTaps.output().get();
    // The baseline's slot passes the map through: one fetch serves as both.
    boolean same = in.asOutput().equals(out.asOutput());
    List<Operand<TFloat32>> outs = new ArrayList<>(same ? List.of(in) : List.of(in, out));
    try (Feeds feeds = Feeds.create().floats(images, batch, n, imageSize, imageSize, 3)) {
      float[][] values = EvalStep.of(model, outs).run(feeds);
      long[] shape = in.shape().asArray();
      shape[0] = n;
      return Optional.of(new Probe(values[0], same ? values[0] : values[1], shape));
    }
  }

  /** The EVAL tower's filter-slot taps (empty if the model has no slot in the graph). */
  public FilterTaps evalTaps() {
    return evalTaps;
  }

  /** Feature maps at the filter slot: before and after, with their (static) shape. */
  public record Probe(float[] input, float[] output, long[] shape) {}

  private float[] run(Operand<TFloat32> logits, float[] batch, int n) {
    try (Feeds feeds = Feeds.create().floats(images, batch, n, imageSize, imageSize, 3)) {
      return EvalStep.of(model, List.of(logits)).run(feeds)[0];
    }
  }

  @Override
  public void close() {
    model.close();
  }
}
