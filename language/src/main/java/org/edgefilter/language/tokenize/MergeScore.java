package org.edgefilter.language.tokenize;

/**
 * How {@link WordPieceTrainer} ranks the adjacent symbol pairs (a, b) it may merge. Counts are
 * occurrences in the corpus over the current splits, weighted by word frequency.
 */
public enum MergeScore {
  /**
   * {@code count(ab)}: byte-pair-encoding's rule. This is what HuggingFace's production trainer
   * does ({@code tokenizers}' {@code WordPieceTrainer} wraps its {@code BpeTrainer} with
   * continuing-subword prefix {@code ##}). Frequent words become single tokens early, which keeps
   * sequences short with small vocabularies; the default.
   */
  FREQUENCY,
  /**
   * {@code count(ab) / (count(a) * count(b))}: the likelihood score of HuggingFace's course
   * description of WordPiece (LLM course, chapter 6.6). It favours pairs whose parts are rare, so
   * with a small vocabulary it spends tokens on rare words and leaves frequent ones split into
   * characters (on SST-2 with 8k tokens, dev sequences come out about twice as long).
   */
  LIKELIHOOD;

  /**
   * The score of a pair seen {@code pairCount} times with parts seen {@code leftCount}, {@code
   * rightCount} times.
   */
  double score(long pairCount, long leftCount, long rightCount) {
    return switch (this) {
      case FREQUENCY -> pairCount;
      case LIKELIHOOD -> pairCount / ((double) leftCount * rightCount);
    };
  }

  /** Whether a change in a symbol's own count changes the score of the pairs it takes part in. */
  boolean dependsOnSymbolCounts() {
    return this == LIKELIHOOD;
  }
}
