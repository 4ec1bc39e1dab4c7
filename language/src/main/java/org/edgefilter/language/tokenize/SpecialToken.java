package org.edgefilter.language.tokenize;

/**
 * BERT's special tokens. In a {@linkplain WordPieceTrainer trained} vocabulary they take the ids of
 * their ordinal: {@code [PAD]=0, [UNK]=1, [CLS]=2, [SEP]=3, [MASK]=4}. A {@linkplain
 * Vocabulary#load loaded} {@code vocab.txt} keeps its own ids (Google's uncased BERT vocabulary has
 * {@code [PAD]=0, [UNK]=100, [CLS]=101, [SEP]=102, [MASK]=103}); in both, {@code [PAD]} is 0,
 * BERT's convention, so zero-filled id arrays are padding.
 */
public enum SpecialToken {
  /** Padding after the real tokens; attention mask 0. */
  PAD("[PAD]"),
  /** A word the vocabulary cannot spell. */
  UNK("[UNK]"),
  /** The first token of every input; its final hidden state feeds the classifier. */
  CLS("[CLS]"),
  /** Ends each segment. */
  SEP("[SEP]"),
  /** Masked-language-model target (not used by fine-tuning, kept for vocabulary compatibility). */
  MASK("[MASK]");

  private final String text;

  SpecialToken(String text) {
    this.text = text;
  }

  /** The token as written in {@code vocab.txt}, e.g. {@code [CLS]}. */
  public String text() {
    return text;
  }

  /** The id of this token in a trained vocabulary (its ordinal). */
  public int trainedId() {
    return ordinal();
  }
}
