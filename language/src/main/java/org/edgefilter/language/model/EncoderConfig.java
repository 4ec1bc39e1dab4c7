package org.edgefilter.language.model;

import java.util.Objects;

/**
 * The shape of a BERT-style encoder (Devlin et al., NAACL 2019, Section 3; BERT-base: 12 layers,
 * hidden 768, 12 heads, intermediate 3072, dropout 0.1, truncated-normal initialization with
 * standard deviation 0.02, LayerNorm epsilon 1e-12).
 *
 * @param layers number of encoder layers, >= 1
 * @param hidden model width D, a multiple of {@code heads}
 * @param heads attention heads
 * @param intermediate width of the GELU feed-forward layer
 * @param maxLength longest sequence (size of the position table), special tokens included
 * @param hiddenDropout dropout after the embeddings, after each sub-layer and before the classifier
 * @param attentionDropout dropout on the attention probabilities
 * @param norm post-LN (BERT) or pre-LN layers
 * @param initStd standard deviation of the truncated-normal initialization of every kernel and
 *     table
 * @param layerNormEpsilon added to the variance in every LayerNorm
 */
public record EncoderConfig(
    int layers,
    int hidden,
    int heads,
    int intermediate,
    int maxLength,
    float hiddenDropout,
    float attentionDropout,
    NormPlacement norm,
    double initStd,
    float layerNormEpsilon) {

  public EncoderConfig {
    requirePositive(layers, "layers");
    requirePositive(hidden, "hidden");
    requirePositive(heads, "heads");
    requirePositive(intermediate, "intermediate");
    if (hidden % heads != 0) {
      throw new IllegalArgumentException(
          "hidden " + hidden + " must be a multiple of heads " + heads);
    }
    if (maxLength < 3) {
      throw new IllegalArgumentException(
          "maxLength must be >= 3 ([CLS] a [SEP]), got " + maxLength);
    }
    requireRate(hiddenDropout, "hiddenDropout");
    requireRate(attentionDropout, "attentionDropout");
    Objects.requireNonNull(norm, "norm");
    if (!(initStd > 0)) {
      throw new IllegalArgumentException("initStd must be > 0, got " + initStd);
    }
    if (!(layerNormEpsilon > 0)) {
      throw new IllegalArgumentException("layerNormEpsilon must be > 0, got " + layerNormEpsilon);
    }
  }

  /** BERT-base (Devlin et al. 2019, Section 3) with sequences of up to {@code maxLength} tokens. */
  public static EncoderConfig bertBase(int maxLength) {
    return new EncoderConfig(
        12, 768, 12, 3072, maxLength, 0.1f, 0.1f, NormPlacement.POST, 0.02, 1e-12f);
  }

  private static void requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, got " + value);
    }
  }

  private static void requireRate(float rate, String name) {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1), got " + rate);
    }
  }
}
