package org.edgefilter.language.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * BERT's full tokenizer: the {@link BasicTokenizer}, then WordPiece on each word (Wu et al. 2016;
 * BERT's {@code WordpieceTokenizer}): greedy longest-match-first. From the start of the word, take
 * the longest prefix in the vocabulary; continue from where it ended with the longest piece that is
 * in the vocabulary with the {@code ##} prefix; if at some position no piece (not even one
 * character) matches, the whole word becomes {@code [UNK]}. A word longer than {@link
 * #maxInputCharsPerWord()} code points is {@code [UNK]} without trying.
 *
 * <p>Example from BERT's README: with {@code un, ##aff, ##able} in the vocabulary, "unaffable"
 * becomes {@code un ##aff ##able}.
 *
 * <p>No pretrained vocabulary is available offline: build one with {@link WordPieceTrainer} from
 * the training split, or {@link Vocabulary#load} a {@code vocab.txt}. Immutable and thread-safe.
 */
public final class WordPieceTokenizer {

  /** BERT's {@code max_input_chars_per_word}. */
  public static final int DEFAULT_MAX_INPUT_CHARS_PER_WORD = 100;

  private final Vocabulary vocabulary;
  private final BasicTokenizer basic;
  private final int maxInputCharsPerWord;

  /**
   * @param vocabulary the pieces and their ids
   * @param basic the pre-tokenizer (use {@link BasicTokenizer#uncased()} with uncased vocabularies)
   * @param maxInputCharsPerWord longer words (in code points) become {@code [UNK]}; at least 1
   */
  public WordPieceTokenizer(Vocabulary vocabulary, BasicTokenizer basic, int maxInputCharsPerWord) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.basic = Objects.requireNonNull(basic, "basic");
    if (maxInputCharsPerWord < 1) {
      throw new IllegalArgumentException(
          "maxInputCharsPerWord must be >= 1, got " + maxInputCharsPerWord);
    }
    this.maxInputCharsPerWord = maxInputCharsPerWord;
  }

  /** An uncased tokenizer (lower-casing, accent stripping) with BERT's 100-character word limit. */
  public static WordPieceTokenizer uncased(Vocabulary vocabulary) {
    return new WordPieceTokenizer(
        vocabulary, BasicTokenizer.uncased(), DEFAULT_MAX_INPUT_CHARS_PER_WORD);
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public BasicTokenizer basic() {
    return basic;
  }

  public int maxInputCharsPerWord() {
    return maxInputCharsPerWord;
  }

  /** The pieces of {@code text}: basic tokenization, then WordPiece per word. */
  public List<String> tokenize(String text) {
    List<String> pieces = new ArrayList<>();
    for (String word : basic.tokenize(text)) {
      appendPieces(word, pieces);
    }
    return pieces;
  }

  /** The ids of {@link #tokenize(String)}'s pieces, shape [number of pieces]. */
  public int[] tokenIds(String text) {
    List<String> pieces = tokenize(text);
    int[] ids = new int[pieces.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = vocabulary.id(pieces.get(i));
    }
    return ids;
  }

  /** The WordPiece pieces of one already pre-tokenized word (no basic tokenization applied). */
  public List<String> wordPieces(String word) {
    List<String> pieces = new ArrayList<>();
    appendPieces(word, pieces);
    return pieces;
  }

  private void appendPieces(String word, List<String> out) {
    int[] codePoints = word.codePoints().toArray();
    String unk = SpecialToken.UNK.text();
    if (codePoints.length > maxInputCharsPerWord) {
      out.add(unk);
      return;
    }
    // Char offsets of each code point boundary, so substrings never split a surrogate pair.
    int[] offsets = new int[codePoints.length + 1];
    for (int i = 0; i < codePoints.length; i++) {
      offsets[i + 1] = offsets[i] + Character.charCount(codePoints[i]);
    }
    int mark = out.size();
    int start = 0;
    while (start < codePoints.length) {
      String match = null;
      int end = codePoints.length;
      while (end > start) {
        String piece = word.substring(offsets[start], offsets[end]);
        if (start > 0) {
          piece = Vocabulary.CONTINUATION_PREFIX + piece;
        }
        if (vocabulary.contains(piece)) {
          match = piece;
          break;
        }
        end--;
      }
      if (match == null) {
        out.subList(mark, out.size()).clear();
        out.add(unk);
        return;
      }
      out.add(match);
      start = end;
    }
  }
}
