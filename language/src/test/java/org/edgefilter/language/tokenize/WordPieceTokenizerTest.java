package org.edgefilter.language.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

  /** The special tokens first (ids 0-4), then {@code pieces}. */
  static Vocabulary vocabulary(String... pieces) {
    List<String> tokens = new ArrayList<>();
    for (SpecialToken special : SpecialToken.values()) {
      tokens.add(special.text());
    }
    tokens.addAll(List.of(pieces));
    return Vocabulary.of(tokens);
  }

  @Test
  void unaffableFromBertReadme() {
    // BERT README: "unaffable" -> ["un", "##aff", "##able"].
    WordPieceTokenizer tokenizer = WordPieceTokenizer.uncased(vocabulary("un", "##aff", "##able"));
    assertEquals(List.of("un", "##aff", "##able"), tokenizer.tokenize("unaffable"));
    assertArrayEquals(new int[] {5, 6, 7}, tokenizer.tokenIds("unaffable"));
  }

  @Test
  void bertWordPieceExamples() {
    // tokenization_test.py, test_wordpiece_tokenizer.
    WordPieceTokenizer tokenizer =
        WordPieceTokenizer.uncased(
            vocabulary("want", "##want", "##ed", "wa", "un", "runn", "##ing"));
    assertEquals(List.of(), tokenizer.tokenize(""));
    assertEquals(
        List.of("un", "##want", "##ed", "runn", "##ing"), tokenizer.tokenize("unwanted running"));
    assertEquals(List.of("[UNK]", "runn", "##ing"), tokenizer.tokenize("unwantedX running"));
  }

  @Test
  void bertFullTokenizerExample() {
    // tokenization_test.py, test_full_tokenizer: basic (lower-case, accents, punctuation) +
    // WordPiece.
    WordPieceTokenizer tokenizer =
        WordPieceTokenizer.uncased(
            vocabulary(
                "want", "##want", "##ed", "wa", "un", "runn", "##ing", ",", "low", "lowest"));
    assertEquals(
        List.of("un", "##want", "##ed", ",", "runn", "##ing"),
        tokenizer.tokenize("UNwant\u00E9d,running"));
    assertArrayEquals(new int[] {9, 6, 7, 12, 10, 11}, tokenizer.tokenIds("UNwant\u00E9d,running"));
  }

  @Test
  void longestMatchFirstIsGreedy() {
    // Greedy takes "abc" first and then cannot continue with "d" (only "##cd" exists): the
    // whole word is [UNK] even though "ab ##cd" would have spelled it. This is BERT's behaviour.
    WordPieceTokenizer tokenizer = WordPieceTokenizer.uncased(vocabulary("ab", "abc", "##cd"));
    assertEquals(List.of("[UNK]"), tokenizer.wordPieces("abcd"));
    WordPieceTokenizer withD = WordPieceTokenizer.uncased(vocabulary("ab", "abc", "##cd", "##d"));
    assertEquals(List.of("abc", "##d"), withD.wordPieces("abcd"));
  }

  @Test
  void unknownWordsBecomeOneUnk() {
    WordPieceTokenizer tokenizer = WordPieceTokenizer.uncased(vocabulary("a", "##b"));
    assertEquals(List.of("a", "##b", "[UNK]", "a"), tokenizer.tokenize("ab zzz a"));
    assertArrayEquals(new int[] {5, 6, 1, 5}, tokenizer.tokenIds("ab zzz a"));
  }

  @Test
  void wordsOverTheCharacterLimitAreUnk() {
    WordPieceTokenizer tokenizer = WordPieceTokenizer.uncased(vocabulary("a", "##a"));
    String hundred = "a".repeat(100);
    List<String> pieces = tokenizer.tokenize(hundred);
    assertEquals(100, pieces.size());
    assertEquals("a", pieces.get(0));
    assertEquals(List.of("[UNK]"), tokenizer.tokenize(hundred + "a"));
    // The limit counts code points: 100 supplementary characters (200 chars) are still allowed.
    String emoji = new String(Character.toChars(0x1F600));
    WordPieceTokenizer emojiTokenizer = WordPieceTokenizer.uncased(vocabulary(emoji, "##" + emoji));
    assertEquals(100, emojiTokenizer.tokenize(emoji.repeat(100)).size());
    assertEquals(List.of("[UNK]"), emojiTokenizer.tokenize(emoji.repeat(101)));
  }
}
