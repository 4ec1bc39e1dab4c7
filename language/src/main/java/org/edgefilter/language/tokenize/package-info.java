/**
 * BERT's tokenization in plain Java: the {@link org.edgefilter.language.tokenize.BasicTokenizer}
 * (cleaning, lower-casing, accent stripping, punctuation and CJK splitting), the greedy
 * longest-match-first {@link org.edgefilter.language.tokenize.WordPieceTokenizer}, its {@link
 * org.edgefilter.language.tokenize.Vocabulary} ({@code vocab.txt}), a {@link
 * org.edgefilter.language.tokenize.WordPieceTrainer} that learns a vocabulary from a corpus (no
 * pretrained vocabulary is available offline), and the {@link
 * org.edgefilter.language.tokenize.SequenceEncoder} that turns single sentences and pairs into
 * BERT's {@code [CLS] a [SEP] b [SEP]} inputs with segment ids, attention mask and padding.
 */
package org.edgefilter.language.tokenize;
