package org.edgefilter.language.model;

import org.edgefilter.framework.nn.Dropout;
import org.edgefilter.framework.nn.Embedding;
import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.LayerNorm;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.ParameterScope;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.index.Indices;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * BERT's input representation (Devlin et al., NAACL 2019, Section 3.2 and Figure 2): the sum of
 * token, learned position and segment embeddings, then LayerNorm and dropout.
 *
 * <p>Parameters in sub-scopes {@code token}, {@code position}, {@code segment} (each a {@code
 * table}) and {@code norm}.
 */
final class TokenEmbeddings {

  /** Segment A and segment B, as BERT's {@code type_vocab_size = 2}. */
  static final int SEGMENTS = 2;

  private final Embedding tokens;
  private final Embedding positions;
  private final Embedding segments;
  private final LayerNorm norm;
  private final Dropout dropout;

  TokenEmbeddings(ParameterScope scope, int vocabularySize, EncoderConfig config) {
    var init = Initializers.truncatedNormal(config.initStd());
    tokens = new Embedding(scope.child("token"), vocabularySize, config.hidden(), init);
    positions = new Embedding(scope.child("position"), config.maxLength(), config.hidden(), init);
    segments = new Embedding(scope.child("segment"), SEGMENTS, config.hidden(), init);
    norm = new LayerNorm(scope.child("norm"), config.layerNormEpsilon());
    dropout = new Dropout(scope.child("dropout"), config.hiddenDropout());
  }

  /**
   * @param inputs ids and segments {@code [B, L]}, {@code L <= maxLength} (checked on the host)
   * @return {@code [B, L, hidden]}
   */
  Operand<TFloat32> apply(Ops tf, TokenInputs inputs, Mode mode) {
    Operand<TInt32> length = tf.stridedSlice(tf.shape(inputs.inputIds()), Indices.at(1));
    // [L, D], broadcast over the batch.
    Operand<TFloat32> position =
        positions.apply(tf, tf.range(tf.constant(0), length, tf.constant(1)));
    Operand<TFloat32> sum =
        tf.math.add(
            tf.math.add(
                tokens.apply(tf, inputs.inputIds()), segments.apply(tf, inputs.segmentIds())),
            position);
    return dropout.apply(tf, norm.apply(tf, sum, mode), mode);
  }

  int vocabularySize() {
    return tokens.vocabularySize();
  }
}
