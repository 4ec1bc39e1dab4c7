/**
 * The language study's model: a BERT-style encoder trained from scratch ({@link
 * org.edgefilter.language.model.TextClassifier}; token, position and segment embeddings, post- or
 * pre-LN encoder layers of masked multi-head self-attention and a GELU feed-forward, BERT's {@code
 * [CLS]} pooler and a linear classifier) with the Deep Edge Filter along the token axis after a
 * configurable layer ({@link org.edgefilter.language.model.TokenEdgeFilter}, placed by {@link
 * org.edgefilter.language.model.TokenFilterConfig}). The filter works on each sequence's real
 * tokens only, so padding never reaches a real output; batches are padded to their own longest
 * sequence ({@link org.edgefilter.language.model.TokenBatch}).
 */
package org.edgefilter.language.model;
