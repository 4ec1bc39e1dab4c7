package org.edgefilter.language.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases, and the cases of BERT's own {@code tokenization_test.py}
 * (google-research/bert), which define the behaviour this class reproduces.
 */
class BasicTokenizerTest {

  private final BasicTokenizer uncased = BasicTokenizer.uncased();

  @Test
  void splitsPunctuationAndLowerCases() {
    assertEquals(List.of("hello", ",", "world", "!"), uncased.tokenize("Hello, world!"));
  }

  @Test
  void stripsAccents() {
    assertEquals(List.of("cafe", "naive"), uncased.tokenize("Café naïve"));
    // The same text with decomposed accents (e + U+0301) gives the same tokens.
    assertEquals(List.of("cafe", "naive"), uncased.tokenize("Cafe\u0301 nai\u0308ve"));
  }

  @Test
  void bertLowerCaseExamples() {
    // tokenization_test.py, test_basic_tokenizer_lower.
    assertEquals(
        List.of("hello", "!", "how", "are", "you", "?"),
        uncased.tokenize(" \tHeLLo!how  \n Are yoU?  "));
    assertEquals(List.of("hello"), uncased.tokenize("H\u00E9llo"));
  }

  @Test
  void bertCasedExample() {
    // tokenization_test.py, test_basic_tokenizer_no_lower.
    assertEquals(
        List.of("HeLLo", "!", "how", "Are", "yoU", "?"),
        BasicTokenizer.cased().tokenize(" \tHeLLo!how  \n Are yoU?  "));
    assertEquals(List.of("Café"), BasicTokenizer.cased().tokenize("Café"));
  }

  @Test
  void cjkCharactersAreSeparateTokens() {
    // tokenization_test.py, test_chinese.
    assertEquals(List.of("ah", "\u535A", "\u63A8", "zz"), uncased.tokenize("ah\u535A\u63A8zz"));
    // A supplementary-plane ideograph (U+20000, CJK Extension B) is one token, not two halves.
    String extB = new String(Character.toChars(0x20000));
    assertEquals(List.of("a", extB, "b"), uncased.tokenize("a" + extB + "b"));
  }

  @Test
  void cleansControlCharactersAndUnicodeWhitespace() {
    // U+0000, U+FFFD, a Cc (U+0005) and a Cf (zero-width space U+200B) are dropped;
    // no-break space (U+00A0, Zs) and tab separate words.
    assertEquals(
        List.of("ab", "cd", "ef"), uncased.tokenize("a\u0000b\u00A0c\u0005\uFFFDd\te\u200Bf"));
    assertEquals(List.of(), uncased.tokenize(" \t\r\n\u00A0"));
    assertEquals(List.of(), uncased.tokenize(""));
  }

  @Test
  void asciiSymbolsAndUnicodePunctuationSplit() {
    // $ ^ ` are ASCII symbols, not Unicode punctuation, yet BERT splits them; « » are Pi/Pf,
    // the em dash Pd; © (So) is neither and stays inside its word.
    assertEquals(
        List.of("$", "5", "^", "x", "`", "«", "quoted", "»", "a", "—", "b", "c©d"),
        uncased.tokenize("$5^x` «quoted» a—b c©d"));
    assertEquals(List.of("don", "'", "t", "-", "-", "go"), uncased.tokenize("don't--go"));
  }

  @Test
  void characterClassesMatchBert() {
    // tokenization_test.py, test_is_whitespace / test_is_control / test_is_punctuation.
    for (int cp : new int[] {' ', '\t', '\r', '\n', 0x00A0}) {
      assertTrue(BasicTokenizer.isWhitespace(cp), "whitespace " + cp);
    }
    assertFalse(BasicTokenizer.isWhitespace('A'));
    assertFalse(BasicTokenizer.isWhitespace('-'));
    assertTrue(BasicTokenizer.isControl(0x0005));
    for (int cp : new int[] {'A', ' ', '\t', '\r', 0x1F4A9}) {
      assertFalse(BasicTokenizer.isControl(cp), "control " + cp);
    }
    for (int cp : new int[] {'-', '$', '`', '.'}) {
      assertTrue(BasicTokenizer.isPunctuation(cp), "punctuation " + cp);
    }
    assertFalse(BasicTokenizer.isPunctuation('A'));
    assertFalse(BasicTokenizer.isPunctuation(' '));
  }
}
