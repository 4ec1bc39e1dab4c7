/**
 * The language study (GLUE SST-2, QQP, QNLI with a BERT-style encoder, with and without the 1D Deep
 * Edge Filter); {@link org.edgefilter.language.LanguageCli} is its command line. Packages: {@code
 * data} (GLUE readers), {@code tokenize} (WordPiece), {@code model} (encoder and token filter),
 * {@code experiment} (runs and the experiment).
 */
package org.edgefilter.language;
