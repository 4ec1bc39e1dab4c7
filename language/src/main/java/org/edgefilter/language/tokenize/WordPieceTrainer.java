package org.edgefilter.language.tokenize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Learns a WordPiece vocabulary from a corpus. No pretrained BERT vocabulary is available offline,
 * so the language study trains one on each task's training split.
 *
 * <p>Google never published its WordPiece trainer; this follows HuggingFace's: pre-tokenize with
 * the {@link BasicTokenizer} and count words; split each word into characters, all but the first
 * with the {@code ##} prefix ({@code w ##o ##r ##d}); start from the special tokens and this
 * alphabet; then repeatedly merge the best adjacent pair (a, b) into a new symbol ({@code a}
 * followed by b without its {@code ##}), until the vocabulary has {@link #vocabSize()} tokens or no
 * pair occurs at least {@link #minFrequency()} times. "Best" is the {@link #mergeScore()}: pair
 * frequency ({@link MergeScore#FREQUENCY}, what HuggingFace's {@code tokenizers} library does, the
 * default) or the likelihood score {@code count(ab) / (count(a) * count(b))} of HuggingFace's
 * course ({@link MergeScore#LIKELIHOOD}, "WordPiece tokenization", LLM course chapter 6.6).
 *
 * <p>Deterministic: ties in score go to the more frequent pair, then to the lexicographically
 * smaller (a, b); nothing depends on corpus order or hash order. The output is the special tokens
 * at ids 0-4 ({@code [PAD] [UNK] [CLS] [SEP] [MASK]}), then the word-initial characters and the
 * {@code ##} characters each in code-point order, then the merged symbols in merge order. The
 * alphabet is always kept whole, so every word seen in training can be spelled without {@code
 * [UNK]}; a corpus with more distinct characters than {@code vocabSize - 5} thus yields a larger
 * vocabulary. Words longer than {@link #maxInputCharsPerWord()} are ignored, as the tokenizer maps
 * them to {@code [UNK]} anyway.
 *
 * <p>The merge loop is incremental (see {@code WordPieceMerger}): an 8k vocabulary on SST-2's 67k
 * training sentences takes one to two seconds on 2 cores ({@link TokenizerBenchmark} measures it).
 */
public final class WordPieceTrainer {

  private final int vocabSize;
  private final MergeScore mergeScore;
  private final int minFrequency;
  private final BasicTokenizer basic;
  private final int maxInputCharsPerWord;

  private WordPieceTrainer(Builder builder) {
    this.vocabSize = builder.vocabSize;
    this.mergeScore = builder.mergeScore;
    this.minFrequency = builder.minFrequency;
    this.basic = builder.basic;
    this.maxInputCharsPerWord = builder.maxInputCharsPerWord;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Target number of tokens, special tokens included. */
  public int vocabSize() {
    return vocabSize;
  }

  /** How candidate merges are ranked. */
  public MergeScore mergeScore() {
    return mergeScore;
  }

  /** A pair must occur at least this many times (weighted by word frequency) to be merged. */
  public int minFrequency() {
    return minFrequency;
  }

  /** The pre-tokenizer; the tokenizer that uses the vocabulary should use the same one. */
  public BasicTokenizer basic() {
    return basic;
  }

  /** Longer words are left out of training. */
  public int maxInputCharsPerWord() {
    return maxInputCharsPerWord;
  }

  /** Counts the words of {@code texts} as the {@link #basic()} tokenizer splits them. */
  public Map<String, Long> countWords(Iterable<String> texts) {
    Map<String, Long> counts = new HashMap<>();
    for (String text : texts) {
      for (String word : basic.tokenize(text)) {
        counts.merge(word, 1L, Long::sum);
      }
    }
    return counts;
  }

  /** Trains on raw texts (e.g. every sentence and question of a training split). */
  public Vocabulary train(Iterable<String> texts) {
    return trainOnWordCounts(countWords(texts));
  }

  /** Trains on word counts (words as the basic tokenizer produces them; counts &gt; 0). */
  public Vocabulary trainOnWordCounts(Map<String, Long> wordCounts) {
    // Sorted, so symbol and word ids (and thus all internal order) do not depend on hash order.
    TreeMap<String, Long> sorted = new TreeMap<>();
    wordCounts.forEach(
        (word, count) -> {
          if (count <= 0) {
            throw new IllegalArgumentException(
                "word '" + word + "' has count " + count + "; counts must be > 0");
          }
          if (word.isEmpty() || word.codePoints().anyMatch(BasicTokenizer::isWhitespace)) {
            throw new IllegalArgumentException(
                "'" + word + "' is not a word: empty or holds whitespace");
          }
          if (word.codePointCount(0, word.length()) <= maxInputCharsPerWord) {
            sorted.put(word, count);
          }
        });
    List<String[]> splits = new ArrayList<>(sorted.size());
    long[] frequencies = new long[sorted.size()];
    TreeSet<String> initials = new TreeSet<>(WordPieceTrainer::compareCodePoints);
    TreeSet<String> continuations = new TreeSet<>(WordPieceTrainer::compareCodePoints);
    int w = 0;
    for (Map.Entry<String, Long> entry : sorted.entrySet()) {
      int[] codePoints = entry.getKey().codePoints().toArray();
      String[] symbols = new String[codePoints.length];
      for (int i = 0; i < codePoints.length; i++) {
        String character = new String(codePoints, i, 1);
        symbols[i] = i == 0 ? character : Vocabulary.CONTINUATION_PREFIX + character;
        (i == 0 ? initials : continuations).add(symbols[i]);
      }
      splits.add(symbols);
      frequencies[w++] = entry.getValue();
    }

    List<String> tokens = new ArrayList<>();
    for (SpecialToken special : SpecialToken.values()) {
      tokens.add(special.text());
    }
    tokens.addAll(initials);
    tokens.addAll(continuations);
    WordPieceMerger merger = new WordPieceMerger(splits, frequencies, mergeScore, minFrequency);
    // A merged text can already exist (ab + ##c and a + ##bc both give abc); count it once.
    boolean[] inVocabulary = new boolean[merger.symbolTotal()];
    Arrays.fill(inVocabulary, true);
    while (tokens.size() < vocabSize) {
      int merged = merger.mergeBest();
      if (merged < 0) {
        break;
      }
      if (merged >= inVocabulary.length) {
        inVocabulary = Arrays.copyOf(inVocabulary, Math.max(merged + 1, inVocabulary.length * 2));
      }
      if (!inVocabulary[merged]) {
        inVocabulary[merged] = true;
        tokens.add(merger.symbolText(merged));
      }
    }
    return Vocabulary.of(tokens);
  }

  private static int compareCodePoints(String x, String y) {
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int cx = x.codePointAt(i);
      int cy = y.codePointAt(j);
      if (cx != cy) {
        return Integer.compare(cx, cy);
      }
      i += Character.charCount(cx);
      j += Character.charCount(cy);
    }
    return Integer.compare(x.length() - i, y.length() - j);
  }

  /** Builds a {@link WordPieceTrainer}: {@code setVocabSize} is required, the rest optional. */
  public static final class Builder {
    private int vocabSize = -1;
    private MergeScore mergeScore = MergeScore.FREQUENCY;
    private int minFrequency = 2;
    private BasicTokenizer basic = BasicTokenizer.uncased();
    private int maxInputCharsPerWord = WordPieceTokenizer.DEFAULT_MAX_INPUT_CHARS_PER_WORD;

    private Builder() {}

    /** Target vocabulary size, special tokens included (required; at least 6). */
    public Builder setVocabSize(int vocabSize) {
      this.vocabSize = vocabSize;
      return this;
    }

    /** How merges are ranked (default {@link MergeScore#FREQUENCY}, as HuggingFace's trainer). */
    public Builder optMergeScore(MergeScore mergeScore) {
      this.mergeScore = mergeScore;
      return this;
    }

    /** Minimum pair count for a merge (default 2: a pair seen once is not worth a token). */
    public Builder optMinFrequency(int minFrequency) {
      this.minFrequency = minFrequency;
      return this;
    }

    /** The pre-tokenizer (default {@link BasicTokenizer#uncased()}). */
    public Builder optBasicTokenizer(BasicTokenizer basic) {
      this.basic = basic;
      return this;
    }

    /** Words longer than this (code points) are left out (default 100, as BERT). */
    public Builder optMaxInputCharsPerWord(int maxInputCharsPerWord) {
      this.maxInputCharsPerWord = maxInputCharsPerWord;
      return this;
    }

    public WordPieceTrainer build() {
      if (vocabSize < 0) {
        throw new IllegalStateException("setVocabSize(...) is required");
      }
      if (vocabSize <= SpecialToken.values().length) {
        throw new IllegalArgumentException(
            "vocabSize must exceed the "
                + SpecialToken.values().length
                + " special tokens, got "
                + vocabSize);
      }
      if (minFrequency < 1) {
        throw new IllegalArgumentException("minFrequency must be >= 1, got " + minFrequency);
      }
      if (mergeScore == null) {
        throw new IllegalArgumentException("mergeScore must not be null");
      }
      if (basic == null) {
        throw new IllegalArgumentException("basic tokenizer must not be null");
      }
      if (maxInputCharsPerWord < 1) {
        throw new IllegalArgumentException(
            "maxInputCharsPerWord must be >= 1, got " + maxInputCharsPerWord);
      }
      return new WordPieceTrainer(this);
    }
  }
}
