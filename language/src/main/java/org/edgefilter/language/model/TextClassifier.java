package org.edgefilter.language.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.edgefilter.framework.nn.Losses;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.Role;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.Optimizer;
import org.edgefilter.framework.train.UpdateStep;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A BERT-style encoder trained from scratch to classify single sentences or sentence pairs, with
 * the {@link TokenEdgeFilter} after a configurable layer. Owns its {@link Model} (graph, session,
 * parameters) and closes it.
 *
 * <p>The graph holds a TRAIN tower (dropout on, mean cross-entropy {@link #trainLoss()}) and an
 * EVAL tower ({@link #evalLogits()}) sharing every weight. Inputs are placeholders of shape {@code
 * [B, L]} with B and L free, so each batch is padded only to its own longest sequence; {@link
 * TokenBatch}es are checked on the host (ids within the vocabulary, segments 0 or 1, {@code L <=
 * maxLength}) because TensorFlow would not check them.
 *
 * <p>Initialize with {@code model().initialize()}, restore a checkpoint, or let the framework's
 * {@code Trainer} do either.
 */
public final class TextClassifier implements AutoCloseable {

  private final EncoderConfig encoder;
  private final TokenFilterConfig filter;
  private final int vocabularySize;
  private final int numLabels;
  private final Model model;
  private final Placeholder<TInt32> inputIds;
  private final Placeholder<TInt32> segmentIds;
  private final Placeholder<TFloat32> attentionMask;
  private final Placeholder<TInt32> labels;
  private final Operand<TFloat32> trainLoss;
  private final Operand<TFloat32> evalLogits;
  private final EvalStep evalStep;
  private UpdateStep trainStep;

  /**
   * Builds the graph.
   *
   * @param encoder the encoder's shape
   * @param filter the token filter and its place ({@code position <= encoder.layers()})
   * @param vocabularySize rows of the token table (the trained vocabulary's size)
   * @param numLabels classes, >= 2
   * @param seed the run seed (initial values, dropout masks)
   * @param threads session threads, 0 for TensorFlow's default
   */
  public TextClassifier(
      EncoderConfig encoder,
      TokenFilterConfig filter,
      int vocabularySize,
      int numLabels,
      long seed,
      int threads) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.filter = Objects.requireNonNull(filter, "filter");
    if (vocabularySize < 1) {
      throw new IllegalArgumentException("vocabularySize must be >= 1, got " + vocabularySize);
    }
    if (numLabels < 2) {
      throw new IllegalArgumentException("numLabels must be >= 2, got " + numLabels);
    }
    this.vocabularySize = vocabularySize;
    this.numLabels = numLabels;
    this.model = new Model(seed, threads);
    try {
      Ops tf = model.tf();
      Placeholder.Options sequences = Placeholder.shape(Shape.of(-1, -1));
      inputIds = tf.withName("input_ids").placeholder(TInt32.class, sequences);
      segmentIds = tf.withName("segment_ids").placeholder(TInt32.class, sequences);
      attentionMask = tf.withName("attention_mask").placeholder(TFloat32.class, sequences);
      labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
      EncoderClassifier network =
          new EncoderClassifier(model.params(), encoder, filter, vocabularySize, numLabels);
      TokenInputs in = inputs();
      Ops train = tf.withSubScope("train_tower");
      trainLoss = Losses.softmaxCrossEntropy(train, network.logits(train, in, Mode.TRAIN), labels);
      evalLogits = network.logits(tf.withSubScope("eval_tower"), in, Mode.EVAL);
      evalStep = EvalStep.of(model, evalLogits);
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * AdamW's decay set as in BERT's optimizer: every weight matrix and embedding table, not biases
   * and not LayerNorm's gamma and beta.
   */
  public static Predicate<Parameter> decayedParameters() {
    return p -> p.role() == Role.WEIGHT || p.role() == Role.EMBEDDING;
  }

  /**
   * Adds the training step over every trainable parameter (once; optimizer state is created here,
   * so build it before the first checkpoint save or restore).
   *
   * @param optimizer e.g. AdamW
   * @param clipNorm global gradient-norm clip, or 0 for none
   */
  public synchronized UpdateStep buildTrainStep(Optimizer optimizer, double clipNorm) {
    if (trainStep != null) {
      throw new IllegalStateException("the training step is already built");
    }
    UpdateStep.Builder builder =
        UpdateStep.builder(model).setLoss(trainLoss).setOptimizer(optimizer);
    if (clipNorm > 0) {
      builder.optClipNorm(clipNorm);
    }
    trainStep = builder.build();
    return trainStep;
  }

  /** Feeds for {@code batch}: ids, segments, mask and labels, checked against this model. */
  public Feeds feeds(TokenBatch batch) {
    check(batch);
    long[] shape = {batch.size(), batch.length()};
    return Feeds.create()
        .ints(inputIds, batch.inputIds(), shape)
        .ints(segmentIds, batch.segmentIds(), shape)
        .floats(attentionMask, batch.maskAsFloats(), shape)
        .ints(labels, batch.labels(), batch.size());
  }

  /** EVAL-mode class scores of {@code batch}, row-major {@code [B, numLabels]}. */
  public float[] logits(TokenBatch batch) {
    try (Feeds feeds = feeds(batch)) {
      return evalStep.run(feeds)[0];
    }
  }

  /** The arg-max class of each sequence of {@code batch} (ties to the lower id), shape [B]. */
  public int[] predict(TokenBatch batch) {
    float[] scores = logits(batch);
    int[] predicted = new int[batch.size()];
    for (int i = 0; i < predicted.length; i++) {
      int best = 0;
      for (int k = 1; k < numLabels; k++) {
        if (scores[i * numLabels + k] > scores[i * numLabels + best]) {
          best = k;
        }
      }
      predicted[i] = best;
    }
    return predicted;
  }

  private void check(TokenBatch batch) {
    if (batch.length() > encoder.maxLength()) {
      throw new IllegalArgumentException(
          "batch length "
              + batch.length()
              + " exceeds the model's"
              + " maxLength "
              + encoder.maxLength());
    }
    int[] ids = batch.inputIds();
    int[] segments = batch.segmentIds();
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] < 0 || ids[i] >= vocabularySize) {
        throw new IllegalArgumentException(
            "token id "
                + ids[i]
                + " at ["
                + i / batch.length()
                + ", "
                + i % batch.length()
                + "] is outside the vocabulary [0, "
                + vocabularySize
                + ")");
      }
      if (segments[i] < 0 || segments[i] >= TokenEmbeddings.SEGMENTS) {
        throw new IllegalArgumentException(
            "segment id "
                + segments[i]
                + " at ["
                + i / batch.length()
                + ", "
                + i % batch.length()
                + "] is not 0 or 1");
      }
    }
    for (int label : batch.labels()) {
      if (label < 0 || label >= numLabels) {
        throw new IllegalArgumentException("label " + label + " outside [0, " + numLabels + ")");
      }
    }
  }

  /** The graph, session and parameters. */
  public Model model() {
    return model;
  }

  /** The placeholders of a batch's sequences. */
  public TokenInputs inputs() {
    return new TokenInputs(inputIds, segmentIds, attentionMask);
  }

  /** The labels placeholder, {@code [B]}. */
  public Placeholder<TInt32> labels() {
    return labels;
  }

  /** Mean cross-entropy of the TRAIN tower (dropout on), scalar. */
  public Operand<TFloat32> trainLoss() {
    return trainLoss;
  }

  /** Class scores of the EVAL tower, {@code [B, numLabels]}. */
  public Operand<TFloat32> evalLogits() {
    return evalLogits;
  }

  /** The model parameters (optimizer state excluded). */
  public List<Parameter> modelParameters() {
    return model.registry().select(p -> p.role() != Role.OPTIMIZER_STATE);
  }

  public EncoderConfig encoder() {
    return encoder;
  }

  public TokenFilterConfig filter() {
    return filter;
  }

  public int vocabularySize() {
    return vocabularySize;
  }

  public int numLabels() {
    return numLabels;
  }

  /** Closes the session and graph. */
  @Override
  public void close() {
    model.close();
  }
}
