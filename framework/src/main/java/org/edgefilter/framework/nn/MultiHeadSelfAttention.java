package org.edgefilter.framework.nn;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.index.Indices;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.BatchMatMul;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Multi-head scaled dot-product self-attention (Vaswani et al., NeurIPS 2017, section 3.2): {@code
 * [B, L, D] -> [B, L, D]}.
 *
 * <p>Per head h with {@code d = D / heads}: {@code softmax(Q_h K_h^T / sqrt(d) + maskBias) V_h},
 * heads concatenated and projected. The optional padding mask {@code [B, L]} holds 1 for real
 * tokens and 0 for padding; masked keys get {@code -1e9} added before the softmax (as BERT does),
 * so outputs at real positions do not depend on what padded positions hold. Attention probabilities
 * pass through dropout in TRAIN mode.
 *
 * <p>Parameters: four {@link Dense} projections in sub-scopes {@code query}, {@code key}, {@code
 * value} and {@code output}, each {@code kernel [D, D]} and {@code bias [D]}.
 */
public final class MultiHeadSelfAttention {

  /** Added to the scores of masked keys. */
  public static final float MASK_BIAS = -1e9f;

  private final ParameterScope scope;
  private final int dimension;
  private final int heads;
  private final Dense query;
  private final Dense key;
  private final Dense value;
  private final Dense output;
  private final Dropout attentionDropout;

  /**
   * @param scope where the projections live
   * @param dimension model width D, divisible by {@code heads}
   * @param heads number of heads
   * @param attentionDropout dropout rate on the attention probabilities (BERT 0.1, ViT 0)
   * @param kernelInitializer initializer of the four projection kernels
   */
  public MultiHeadSelfAttention(
      ParameterScope scope,
      int dimension,
      int heads,
      float attentionDropout,
      Initializer kernelInitializer) {
    if (dimension < 1 || heads < 1 || dimension % heads != 0) {
      throw new IllegalArgumentException(
          "attention "
              + scope
              + ": dimension "
              + dimension
              + " must be a positive multiple of heads "
              + heads);
    }
    this.scope = scope;
    this.dimension = dimension;
    this.heads = heads;
    this.query = projection(scope.child("query"), kernelInitializer);
    this.key = projection(scope.child("key"), kernelInitializer);
    this.value = projection(scope.child("value"), kernelInitializer);
    this.output = projection(scope.child("output"), kernelInitializer);
    this.attentionDropout = new Dropout(scope.child("attention_dropout"), attentionDropout);
  }

  /** Attention without dropout and with Glorot-uniform projections. */
  public static MultiHeadSelfAttention of(ParameterScope scope, int dimension, int heads) {
    return new MultiHeadSelfAttention(scope, dimension, heads, 0f, Initializers.glorotUniform());
  }

  private Dense projection(ParameterScope s, Initializer init) {
    return Dense.builder().setUnits(dimension).optKernelInitializer(init).build(s);
  }

  /**
   * Adds self-attention to the graph.
   *
   * @param x {@code [B, L, D]} with D known statically
   * @param mask {@code [B, L]}, 1 for tokens and 0 for padding, or {@code null} for no padding
   * @param mode TRAIN enables attention dropout
   * @return {@code [B, L, D]}
   */
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Operand<TFloat32> mask, Mode mode) {
    String who = "attention " + scope;
    Shapes.requireRank(x, 3, who);
    Shapes.requireSame(dimension, Shapes.lastDim(x, who), who);
    int depth = dimension / heads;
    Operand<TInt32> batchAndLength = tf.stridedSlice(tf.shape(x), Indices.slice(0, 2));
    Operand<TFloat32> q = splitHeads(tf, query.apply(tf, x, mode), batchAndLength, depth);
    Operand<TFloat32> k = splitHeads(tf, key.apply(tf, x, mode), batchAndLength, depth);
    Operand<TFloat32> v = splitHeads(tf, value.apply(tf, x, mode), batchAndLength, depth);
    // [B, H, L, d] x [B, H, L, d]^T -> [B, H, L, L]
    Operand<TFloat32> scores =
        tf.math.mul(
            tf.train.batchMatMul(q, k, TFloat32.class, BatchMatMul.adjY(true)),
            tf.constant((float) (1.0 / Math.sqrt(depth))));
    if (mask != null) {
      Shapes.requireRank(mask, 2, who + " mask");
      // [B, L] -> [B, 1, 1, L]: the same key mask for every head and query position.
      Operand<TFloat32> keyBias =
          tf.math.mul(tf.math.sub(tf.constant(1f), mask), tf.constant(MASK_BIAS));
      Operand<TFloat32> bias =
          tf.expandDims(tf.expandDims(keyBias, tf.constant(1)), tf.constant(1));
      scores = tf.math.add(scores, bias);
    }
    Operand<TFloat32> probabilities = attentionDropout.apply(tf, tf.nn.softmax(scores), mode);
    // [B, H, L, L] x [B, H, L, d] -> [B, H, L, d]
    Operand<TFloat32> context = tf.train.batchMatMul(probabilities, v, TFloat32.class);
    // [B, H, L, d] -> [B, L, H, d] -> [B, L, D]
    Operand<TFloat32> merged =
        tf.reshape(
            tf.linalg.transpose(context, tf.constant(new int[] {0, 2, 1, 3})),
            tf.concat(List.of(batchAndLength, tf.constant(new int[] {dimension})), tf.constant(0)));
    return output.apply(tf, merged, mode);
  }

  private Operand<TFloat32> splitHeads(
      Ops tf, Operand<TFloat32> projected, Operand<TInt32> batchAndLength, int depth) {
    // [B, L, D] -> [B, L, H, d] -> [B, H, L, d]
    Operand<TFloat32> split =
        tf.reshape(
            projected,
            tf.concat(
                List.of(batchAndLength, tf.constant(new int[] {heads, depth})), tf.constant(0)));
    return tf.linalg.transpose(split, tf.constant(new int[] {0, 2, 1, 3}));
  }

  /** The model width. */
  public int dimension() {
    return dimension;
  }

  /** The number of heads. */
  public int heads() {
    return heads;
  }

  /** The projections' parameters created so far. */
  public List<Parameter> parameters() {
    List<Parameter> out = new ArrayList<>();
    for (Dense d : List.of(query, key, value, output)) {
      out.addAll(d.parameters());
    }
    return out;
  }
}
