package org.edgefilter.examples;

import java.util.Random;
import org.edgefilter.framework.filter.EdgeFilter;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.nn.Activations;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.LayerNorm;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.MultiHeadSelfAttention;
import org.edgefilter.framework.nn.ParameterScope;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.language.model.TokenEdgeFilter;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The token filter inside a transformer layer the user writes: post-LN self-attention with a
 * padding mask, then the EdgeFilter along the tokens, then a feed-forward block.
 *
 * <p>Batches of sequences are padded to their longest member, so a layer must give every real token
 * the same output however long the batch is padded and whatever the padded positions hold.
 * Attention gets this from its mask; {@link TokenEdgeFilter} gets it by leaving padded positions
 * out of its window (and renormalizing the mean over the real neighbours). The plain 1D {@link
 * EdgeFilter} on the padded axis does not: its window reaches into the padding at the end of each
 * sequence. {@link #run} measures both.
 */
public final class TokenFilterLayerExample {

  static final int WIDTH = 16;
  static final int HEADS = 2;
  static final int[] LENGTHS = {5, 3};

  /** What sits between attention and the feed-forward block: {@code [B, L, D] -> [B, L, D]}. */
  @FunctionalInterface
  public interface TokenMixer {
    /**
     * @param h {@code [B, L, D]}
     * @param mask {@code [B, L]}, 1 for real tokens and 0 for padding
     * @return {@code [B, L, D]}
     */
    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> h, Operand<TFloat32> mask);
  }

  /**
   * A user's encoder layer: {@code x -> LN(x + Attn(x)) -> mixer -> LN(. + FF(.))}.
   *
   * <p>Holds configuration and layers; the layers create their variables on first use under {@code
   * scope}, so the same scope names and model seed give the same weights in every graph.
   */
  public static final class MyEncoderLayer {
    private final MultiHeadSelfAttention attention;
    private final LayerNorm attentionNorm;
    private final Dense up;
    private final Dense down;
    private final LayerNorm outputNorm;
    private final TokenMixer mixer;

    /** Layers under {@code scope}, {@code mixer} after the attention block. */
    public MyEncoderLayer(ParameterScope scope, TokenMixer mixer) {
      this.attention = MultiHeadSelfAttention.of(scope.child("attention"), WIDTH, HEADS);
      this.attentionNorm = LayerNorm.of(scope.child("attention_norm"));
      this.up = Dense.of(scope.child("up"), 4 * WIDTH);
      this.down = Dense.of(scope.child("down"), WIDTH);
      this.outputNorm = LayerNorm.of(scope.child("output_norm"));
      this.mixer = mixer;
    }

    /**
     * @param x {@code [B, L, D]}
     * @param mask {@code [B, L]} float, 1 for real tokens and 0 for padding
     * @return {@code [B, L, D]}
     */
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Operand<TFloat32> mask) {
      Operand<TFloat32> attended = attention.apply(tf, x, mask, Mode.EVAL);
      Operand<TFloat32> h = attentionNorm.apply(tf, tf.math.add(x, attended), Mode.EVAL);
      h = mixer.apply(tf, h, mask);
      Operand<TFloat32> ff =
          down.apply(tf, Activations.gelu(tf, up.apply(tf, h, Mode.EVAL)), Mode.EVAL);
      return outputNorm.apply(tf, tf.math.add(h, ff), Mode.EVAL);
    }
  }

  /**
   * What a run measured, all over real token positions only.
   *
   * @param outputShape static shape of the layer's output for two sequences padded to 6
   * @param paddingDifference largest |difference| between the outputs with the batch padded to 6
   *     with zeros and padded to 9 with random values (token filter)
   * @param filterEffect largest |difference| between the layer with the token filter and the same
   *     layer without it (shows the filter is not a no-op)
   * @param plainFilterPaddingDifference as {@code paddingDifference}, with the plain 1D EdgeFilter
   *     run over the whole padded axis instead of the token filter
   */
  public record Result(
      long[] outputShape,
      double paddingDifference,
      double filterEffect,
      double plainFilterPaddingDifference) {}

  private TokenFilterLayerExample() {}

  /** Prints the three differences. */
  public static void main(String[] args) {
    Result r = run(0);
    System.out.printf(
        "token filter: padding changes real outputs by %.2g; the filter changes them"
            + " by %.3f; the plain filter on the padded axis lets padding change them by %.3f%n",
        r.paddingDifference(), r.filterEffect(), r.plainFilterPaddingDifference());
  }

  /**
   * Encodes two random sequences (lengths 5 and 3) in several paddings and with several mixers.
   *
   * @param seed drives the weights and the token vectors
   */
  public static Result run(long seed) {
    Random random = new Random(seed);
    float[][] tokens = new float[LENGTHS.length][];
    for (int s = 0; s < tokens.length; s++) {
      tokens[s] = new float[LENGTHS[s] * WIDTH];
      for (int i = 0; i < tokens[s].length; i++) {
        tokens[s][i] = (float) random.nextGaussian();
      }
    }
    TokenEdgeFilter tokenFilter = TokenEdgeFilter.highPassMean(3);
    TokenMixer token = tokenFilter::apply;
    TokenMixer none = (tf, h, mask) -> h;
    EdgeFilterSpec plainSpec = EdgeFilterSpec.highPass1d(3);
    TokenMixer plain = (tf, h, mask) -> EdgeFilter.apply(tf, h, plainSpec);

    long[][] shape = new long[1][];
    float[] short0 = encode(token, tokens, 6, null, seed, shape);
    float[] long0 = encode(token, tokens, 9, random, seed, null);
    float[] without = encode(none, tokens, 6, null, seed, null);
    float[] plainShort = encode(plain, tokens, 6, null, seed, null);
    float[] plainLong = encode(plain, tokens, 9, random, seed, null);
    return new Result(
        shape[0],
        maxRealDifference(short0, 6, long0, 9),
        maxRealDifference(short0, 6, without, 6),
        maxRealDifference(plainShort, 6, plainLong, 9));
  }

  /**
   * Runs the layer on the sequences padded to {@code length}: padding holds zeros, or Gaussian
   * noise when {@code garbage} is given. Returns the output {@code [B, length, D]}.
   */
  private static float[] encode(
      TokenMixer mixer,
      float[][] tokens,
      int length,
      Random garbage,
      long seed,
      long[][] shapeOut) {
    int batch = tokens.length;
    float[] x = new float[batch * length * WIDTH];
    float[] mask = new float[batch * length];
    for (int s = 0; s < batch; s++) {
      for (int i = 0; i < length * WIDTH; i++) {
        boolean real = i < tokens[s].length;
        x[s * length * WIDTH + i] =
            real ? tokens[s][i] : garbage == null ? 0f : (float) (3 * garbage.nextGaussian());
      }
      for (int t = 0; t < LENGTHS[s]; t++) {
        mask[s * length + t] = 1f;
      }
    }
    // The Model owns a graph and a session; the same seed and names give the same weights.
    try (Model model = new Model(seed)) {
      Ops tf = model.tf();
      // The plain EdgeFilter needs the filtered length known when the graph is built.
      Placeholder<TFloat32> input =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(batch, length, WIDTH)));
      Placeholder<TFloat32> maskInput =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(batch, length)));
      MyEncoderLayer layer = new MyEncoderLayer(model.params().child("layer"), mixer);
      Operand<TFloat32> output = layer.apply(tf, input, maskInput);
      model.initialize();
      if (shapeOut != null) {
        shapeOut[0] = output.shape().asArray();
      }
      try (Feeds feeds =
          Feeds.create()
              .floats(input, x, batch, length, WIDTH)
              .floats(maskInput, mask, batch, length)) {
        return EvalStep.of(model, output).run(feeds)[0];
      }
    }
  }

  /** Largest |a - b| over the real tokens of both sequences; a and b padded to their lengths. */
  private static double maxRealDifference(float[] a, int lengthA, float[] b, int lengthB) {
    double max = 0;
    for (int s = 0; s < LENGTHS.length; s++) {
      for (int i = 0; i < LENGTHS[s] * WIDTH; i++) {
        max = Math.max(max, Math.abs(a[s * lengthA * WIDTH + i] - b[s * lengthB * WIDTH + i]));
      }
    }
    return max;
  }
}
