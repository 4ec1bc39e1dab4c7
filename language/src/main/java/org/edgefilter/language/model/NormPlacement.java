package org.edgefilter.language.model;

/**
 * Where an encoder layer normalizes (Xiong et al., "On Layer Normalization in the Transformer
 * Architecture", ICML 2020).
 */
public enum NormPlacement {
  /**
   * BERT's layout (Devlin et al., NAACL 2019; Vaswani et al. 2017): {@code x = LN(x + Sublayer(x))}
   * after each sub-layer; no final normalization.
   */
  POST,
  /**
   * {@code x = x + Sublayer(LN(x))}, with one more LayerNorm after the last layer; trains more
   * stably without a long warm-up.
   */
  PRE
}
