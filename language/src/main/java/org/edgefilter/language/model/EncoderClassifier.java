package org.edgefilter.language.model;

import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.Dropout;
import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.LayerNorm;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.ParameterScope;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.index.Indices;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The network of {@link TextClassifier}: embeddings, N encoder layers with the token filter after
 * layer {@code afterLayer}, BERT's pooler ({@code tanh(W h_[CLS] + b)}, Devlin et al. 2019, Section
 * 4.1) and a linear classifier behind dropout. With PRE normalization a final LayerNorm follows the
 * last layer (the filter, when after the last layer, runs before it).
 *
 * <p>Parameter scopes: {@code embeddings}, {@code layer_1 .. layer_N}, {@code final_norm} (PRE
 * only), {@code pooler}, {@code classifier}. The filter adds none.
 */
final class EncoderClassifier {

  private final TokenEmbeddings embeddings;
  private final List<EncoderLayer> layers = new ArrayList<>();
  private final LayerNorm finalNorm;
  private final TokenEdgeFilter filter;
  private final int afterLayer;
  private final Dense pooler;
  private final Dropout classifierDropout;
  private final Dense classifier;

  EncoderClassifier(
      ParameterScope root,
      EncoderConfig config,
      TokenFilterConfig filterConfig,
      int vocabularySize,
      int numLabels) {
    TokenFilterConfig.positions(config.layers()).check(filterConfig.shared());
    var init = Initializers.truncatedNormal(config.initStd());
    embeddings = new TokenEmbeddings(root.child("embeddings"), vocabularySize, config);
    for (int i = 1; i <= config.layers(); i++) {
      layers.add(new EncoderLayer(root.child("layer_" + i), config));
    }
    finalNorm =
        config.norm() == NormPlacement.PRE
            ? new LayerNorm(root.child("final_norm"), config.layerNormEpsilon())
            : null;
    filter = filterConfig.filter();
    afterLayer = filterConfig.position();
    pooler =
        Dense.builder()
            .setUnits(config.hidden())
            .optKernelInitializer(init)
            .build(root.child("pooler"));
    classifierDropout = new Dropout(root.child("classifier_dropout"), config.hiddenDropout());
    classifier =
        Dense.builder()
            .setUnits(numLabels)
            .optKernelInitializer(init)
            .build(root.child("classifier"));
  }

  /** The last hidden states, {@code [B, L, D]}. */
  Operand<TFloat32> sequenceOutput(Ops tf, TokenInputs inputs, Mode mode) {
    Operand<TFloat32> mask = inputs.attentionMask();
    Operand<TFloat32> h = embeddings.apply(tf, inputs, mode);
    if (afterLayer == 0) {
      h = filter.apply(tf, h, mask);
    }
    for (int i = 1; i <= layers.size(); i++) {
      h = layers.get(i - 1).apply(tf.withSubScope("layer_" + i), h, mask, mode);
      if (i == afterLayer) {
        h = filter.apply(tf, h, mask);
      }
    }
    return finalNorm == null ? h : finalNorm.apply(tf, h, mode);
  }

  /** Class scores, {@code [B, numLabels]}. */
  Operand<TFloat32> logits(Ops tf, TokenInputs inputs, Mode mode) {
    Operand<TFloat32> h = sequenceOutput(tf, inputs, mode);
    // [B, L, D] -> [B, D]: the [CLS] position.
    Operand<TFloat32> cls = tf.stridedSlice(h, Indices.all(), Indices.at(0), Indices.all());
    Operand<TFloat32> pooled = tf.math.tanh(pooler.apply(tf, cls, mode));
    return classifier.apply(tf, classifierDropout.apply(tf, pooled, mode), mode);
  }

  int vocabularySize() {
    return embeddings.vocabularySize();
  }
}
