package org.edgefilter.audio.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.edgefilter.framework.data.ArrayDataset;
import org.edgefilter.framework.data.BatchSampler;
import org.edgefilter.framework.nn.Losses;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.Tags;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.Optimizer;
import org.edgefilter.framework.train.UpdateStep;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A graph holding the {@link AudioCnn}: an evaluation tower and, when built for training, a
 * training tower with its cross-entropy loss and update step. Owns the {@link Model} (graph and
 * session) and closes it. Everything it returns is a Java array.
 */
public final class AudioClassifier implements AutoCloseable {

  private final Model model;
  private final AudioCnn cnn;
  private final long[] exampleShape;
  private final int classes;
  private final Placeholder<TFloat32> input;
  private final Placeholder<TInt32> labels;
  private final Tower eval;
  private final Operand<TFloat32> trainLoss;
  private final List<Op> statisticsUpdates;
  private final UpdateStep step;

  private AudioClassifier(
      CnnConfig config,
      long[] exampleShape,
      int classes,
      long seed,
      int threads,
      Optimizer optimizer) {
    if (exampleShape.length != 3 || exampleShape[2] != 1) {
      throw new IllegalArgumentException(
          "example shape must be [frames, mels, 1], got " + Arrays.toString(exampleShape));
    }
    this.exampleShape = exampleShape.clone();
    this.classes = classes;
    this.model = new Model(seed, threads);
    try {
      Ops tf = model.tf();
      this.input =
          tf.withName("input")
              .placeholder(
                  TFloat32.class,
                  Placeholder.shape(Shape.of(-1, exampleShape[0], exampleShape[1], 1)));
      this.labels =
          tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
      this.cnn = new AudioCnn(config, classes, model.params());
      if (optimizer != null) {
        Ops train = tf.withSubScope("train_tower");
        Tower tower = cnn.apply(train, input, Mode.TRAIN);
        this.trainLoss = Losses.softmaxCrossEntropy(train, tower.logits(), labels);
        this.statisticsUpdates = model.registry().takeUpdateOps();
      } else {
        this.trainLoss = null;
        this.statisticsUpdates = List.of();
      }
      this.eval = cnn.apply(tf.withSubScope("eval_tower"), input, Mode.EVAL);
      this.step =
          optimizer == null
              ? null
              : UpdateStep.builder(model)
                  .setLoss(trainLoss)
                  .setOptimizer(optimizer)
                  .optUpdateOps(statisticsUpdates)
                  .build();
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * A classifier with a training tower and an update step using {@code optimizer}.
   *
   * @param exampleShape one input, {@code [frames, mels, 1]}
   * @param threads TensorFlow intra- and inter-op threads; 0 for TensorFlow's default
   */
  public static AudioClassifier forTraining(
      CnnConfig config,
      long[] exampleShape,
      int classes,
      long seed,
      int threads,
      Optimizer optimizer) {
    return new AudioClassifier(
        config, exampleShape, classes, seed, threads, Objects.requireNonNull(optimizer));
  }

  /** A classifier with only the evaluation tower (to evaluate or inspect restored weights). */
  public static AudioClassifier forInference(
      CnnConfig config, long[] exampleShape, int classes, long seed, int threads) {
    return new AudioClassifier(config, exampleShape, classes, seed, threads, null);
  }

  /** The model: graph, session and parameters. */
  public Model model() {
    return model;
  }

  /** The layers. */
  public AudioCnn cnn() {
    return cnn;
  }

  /** Number of classes. */
  public int classes() {
    return classes;
  }

  /** One input's shape, {@code [frames, mels, 1]} (a copy). */
  public long[] exampleShape() {
    return exampleShape.clone();
  }

  /** The input placeholder, {@code [batch, frames, mels, 1]}. */
  public Placeholder<TFloat32> input() {
    return input;
  }

  /** The label placeholder, {@code [batch]} class indices. */
  public Placeholder<TInt32> labels() {
    return labels;
  }

  /** The evaluation tower's endpoints. */
  public Tower evalTower() {
    return eval;
  }

  /**
   * The training tower's mean cross-entropy (scalar).
   *
   * @throws IllegalStateException for a classifier built for inference
   */
  public Operand<TFloat32> trainLoss() {
    requireTraining();
    return trainLoss;
  }

  /**
   * The update step over every trainable parameter.
   *
   * @throws IllegalStateException for a classifier built for inference
   */
  public UpdateStep step() {
    requireTraining();
    return step;
  }

  /**
   * Re-estimates the BatchNorm moving statistics at the current weights: runs the training tower's
   * moving-average updates (and nothing else: no weight, optimizer-state or step change) on {@code
   * batches} batches of {@code data}, drawn as shuffled epochs seeded by {@code seed}. With
   * momentum m each update moves the averages by m towards the batch's statistics, so after n
   * batches the values from before weigh (1 - m)^n (0.9^100 = 3e-5).
   *
   * @param data training examples {@code [n, frames, mels, 1]}, unaugmented
   * @throws IllegalStateException for a classifier built for inference
   */
  public void reestimateBatchNorm(ArrayDataset data, int batches, int batchSize, long seed) {
    requireTraining();
    BatchSampler sampler = BatchSampler.shuffled(data.size(), batchSize, seed);
    int done = 0;
    for (int epoch = 0; done < batches; epoch++) {
      for (int[] batch : sampler.epoch(epoch)) {
        if (done == batches) {
          break;
        }
        try (Feeds feeds = inputFeeds(data.batch(batch).features(), batch.length)) {
          Session.Runner runner = model.session().runner();
          feeds.applyTo(runner);
          statisticsUpdates.forEach(runner::addTarget);
          runner.run().close();
        }
        done++;
      }
    }
  }

  /**
   * The model's own parameters: weights, BatchNorm affine parameters and statistics; not optimizer
   * state. These are what a checkpoint must restore for inference.
   */
  public List<Parameter> modelParameters() {
    return model.registry().select(p -> !p.hasTag(Tags.OPTIMIZER));
  }

  /** Feeds of a batch of inputs: {@code features} is {@code [n, frames, mels, 1]} row-major. */
  public Feeds inputFeeds(float[] features, int n) {
    return Feeds.create()
        .floats(input, features, n, exampleShape[0], exampleShape[1], exampleShape[2]);
  }

  /**
   * Logits of the evaluation tower.
   *
   * @param features {@code [n, frames, mels, 1]} row-major
   * @return {@code [n, classes]} row-major
   */
  public float[] logits(float[] features, int n) {
    try (Feeds feeds = inputFeeds(features, n)) {
      return EvalStep.of(model, eval.logits()).run(feeds)[0];
    }
  }

  /**
   * The evaluation tower's feature maps at the filter, for a batch.
   *
   * @param features {@code [n, frames, mels, 1]} row-major
   * @return the filter's input and output, each {@code [n, time', freq', channels']}
   */
  public FilterMaps filterMaps(float[] features, int n) {
    try (Feeds feeds = inputFeeds(features, n)) {
      float[][] out =
          EvalStep.of(model, List.of(eval.filterInput(), eval.filterOutput())).run(feeds);
      long[] shape = cnn.filterInputShape(exampleShape[0], exampleShape[1]);
      return new FilterMaps(n, (int) shape[0], (int) shape[1], (int) shape[2], out[0], out[1]);
    }
  }

  /**
   * Predicted classes of every example of {@code data} with the evaluation tower.
   *
   * @param batchSize examples per session run
   * @return {@code [data.size()]} argmax of the logits
   */
  public int[] predict(ArrayDataset data, int batchSize) {
    int[] predicted = new int[data.size()];
    for (int[] batch : BatchSampler.sequential(data.size(), batchSize).epoch(0)) {
      float[] logits = logits(data.batch(batch).features(), batch.length);
      for (int i = 0; i < batch.length; i++) {
        predicted[batch[i]] = argmax(logits, i * classes, classes);
      }
    }
    return predicted;
  }

  /** Fraction of {@code data}'s examples whose predicted class is their label. */
  public double accuracy(ArrayDataset data, int batchSize) {
    int[] predicted = predict(data, batchSize);
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (predicted[i] == data.label(i)) {
        correct++;
      }
    }
    return (double) correct / data.size();
  }

  private static int argmax(float[] values, int offset, int length) {
    int best = 0;
    for (int k = 1; k < length; k++) {
      if (values[offset + k] > values[offset + best]) {
        best = k;
      }
    }
    return best;
  }

  private void requireTraining() {
    if (step == null) {
      throw new IllegalStateException("this classifier was built for inference, not training");
    }
  }

  /** Closes the session and graph. */
  @Override
  public void close() {
    model.close();
  }
}
