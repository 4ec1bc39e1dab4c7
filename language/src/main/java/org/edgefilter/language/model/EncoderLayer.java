package org.edgefilter.language.model;

import org.edgefilter.framework.nn.Activations;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.Dropout;
import org.edgefilter.framework.nn.Initializer;
import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.LayerNorm;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.MultiHeadSelfAttention;
import org.edgefilter.framework.nn.ParameterScope;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * One Transformer encoder layer (Vaswani et al., NeurIPS 2017, Section 3.1; BERT's {@code
 * BertLayer}): multi-head self-attention with the padding mask, then a position-wise feed-forward
 * {@code W2 GELU(W1 x)}, each sub-layer followed by dropout and a residual connection, normalized
 * after the residual (POST, BERT) or before the sub-layer (PRE). {@code [B, L, D] -> [B, L, D]}.
 *
 * <p>Parameters in sub-scopes {@code attention/{query,key,value,output}}, {@code attention_norm},
 * {@code intermediate}, {@code output}, {@code output_norm}.
 */
final class EncoderLayer {

  private final NormPlacement placement;
  private final MultiHeadSelfAttention attention;
  private final Dropout attentionDropout;
  private final LayerNorm attentionNorm;
  private final Dense intermediate;
  private final Dense output;
  private final Dropout outputDropout;
  private final LayerNorm outputNorm;

  EncoderLayer(ParameterScope scope, EncoderConfig config) {
    Initializer init = Initializers.truncatedNormal(config.initStd());
    placement = config.norm();
    attention =
        new MultiHeadSelfAttention(
            scope.child("attention"),
            config.hidden(),
            config.heads(),
            config.attentionDropout(),
            init);
    attentionDropout = new Dropout(scope.child("attention_dropout"), config.hiddenDropout());
    attentionNorm = new LayerNorm(scope.child("attention_norm"), config.layerNormEpsilon());
    intermediate =
        Dense.builder()
            .setUnits(config.intermediate())
            .optKernelInitializer(init)
            .build(scope.child("intermediate"));
    output =
        Dense.builder()
            .setUnits(config.hidden())
            .optKernelInitializer(init)
            .build(scope.child("output"));
    outputDropout = new Dropout(scope.child("output_dropout"), config.hiddenDropout());
    outputNorm = new LayerNorm(scope.child("output_norm"), config.layerNormEpsilon());
  }

  /**
   * @param x {@code [B, L, D]}
   * @param mask {@code [B, L]}, 1 real, 0 padding: padded keys get no attention
   * @return {@code [B, L, D]}
   */
  Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Operand<TFloat32> mask, Mode mode) {
    if (placement == NormPlacement.POST) {
      Operand<TFloat32> attended =
          attentionDropout.apply(tf, attention.apply(tf, x, mask, mode), mode);
      Operand<TFloat32> y = attentionNorm.apply(tf, tf.math.add(x, attended), mode);
      return outputNorm.apply(tf, tf.math.add(y, feedForward(tf, y, mode)), mode);
    }
    Operand<TFloat32> attended =
        attentionDropout.apply(
            tf, attention.apply(tf, attentionNorm.apply(tf, x, mode), mask, mode), mode);
    Operand<TFloat32> y = tf.math.add(x, attended);
    return tf.math.add(y, feedForward(tf, outputNorm.apply(tf, y, mode), mode));
  }

  private Operand<TFloat32> feedForward(Ops tf, Operand<TFloat32> x, Mode mode) {
    Operand<TFloat32> hidden = Activations.gelu(tf, intermediate.apply(tf, x, mode));
    return outputDropout.apply(tf, output.apply(tf, hidden, mode), mode);
  }
}
