package org.edgefilter.language.tokenize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BERT's BasicTokenizer (Devlin et al., NAACL 2019; {@code tokenization.py} of
 * google-research/bert): splits raw text into words and punctuation before WordPiece.
 *
 * <ol>
 *   <li>Clean: drop U+0000, U+FFFD and control characters (categories Cc and Cf, except tab, line
 *       feed and carriage return, which count as whitespace); map every whitespace character
 *       (space, tab, LF, CR and category Zs) to a space.
 *   <li>Put spaces around every CJK Unified Ideograph (the blocks BERT lists: U+4E00-9FFF,
 *       U+3400-4DBF, U+20000-2A6DF, U+2A700-2B73F, U+2B740-2B81F, U+2B820-2CEAF, U+F900-FAFF,
 *       U+2F800-2FA1F), so each becomes its own token.
 *   <li>Split on whitespace; then per token, when {@link #lowerCase}, lower-case it; when {@link
 *       #stripAccents}, decompose it (NFD) and drop non-spacing marks (category Mn), so "Café"
 *       becomes "cafe".
 *   <li>Split each token on punctuation: every character of a Unicode P* category and every ASCII
 *       character that is neither letter, digit nor space ({@code
 *       !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~}), each punctuation character becoming its own token.
 * </ol>
 *
 * <p>Character properties come from {@link Character} (the JDK's Unicode tables), Python's from
 * {@code unicodedata}; they agree except for characters assigned in different Unicode versions.
 *
 * @param lowerCase lower-case every token (BERT "uncased")
 * @param stripAccents remove accents by NFD decomposition and dropping Mn marks (BERT does this
 *     exactly when it lower-cases)
 */
public record BasicTokenizer(boolean lowerCase, boolean stripAccents) {

  /** BERT uncased: lower-case and strip accents, the setting used throughout this project. */
  public static BasicTokenizer uncased() {
    return new BasicTokenizer(true, true);
  }

  /** BERT cased: keep case and accents. */
  public static BasicTokenizer cased() {
    return new BasicTokenizer(false, false);
  }

  /**
   * Splits {@code text} into words and punctuation tokens, in order; never returns empty tokens.
   */
  public List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
        continue;
      }
      if (isWhitespace(cp)) {
        flush(word, out);
      } else if (isCjk(cp)) {
        flush(word, out);
        word.appendCodePoint(cp);
        flush(word, out);
      } else {
        word.appendCodePoint(cp);
      }
    }
    flush(word, out);
    return out;
  }

  /** Normalizes one whitespace-delimited token and splits it on punctuation into {@code out}. */
  private void flush(StringBuilder word, List<String> out) {
    if (word.length() == 0) {
      return;
    }
    String token = word.toString();
    word.setLength(0);
    if (lowerCase) {
      token = token.toLowerCase(Locale.ROOT);
    }
    if (stripAccents && !isAscii(token)) {
      token = stripAccentsOf(token);
    }
    splitOnPunctuation(token, out);
  }

  private static String stripAccentsOf(String token) {
    String decomposed = Normalizer.normalize(token, Normalizer.Form.NFD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static void splitOnPunctuation(String token, List<String> out) {
    int start = 0;
    int i = 0;
    while (i < token.length()) {
      int cp = token.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isPunctuation(cp)) {
        if (i > start) {
          out.add(token.substring(start, i));
        }
        out.add(token.substring(i, next));
        start = next;
      }
      i = next;
    }
    if (start < token.length()) {
      out.add(token.substring(start));
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Space, tab, LF, CR, or Unicode category Zs (BERT's {@code _is_whitespace}). */
  static boolean isWhitespace(int cp) {
    return cp == ' '
        || cp == '\t'
        || cp == '\n'
        || cp == '\r'
        || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  /** Categories Cc and Cf, except tab, LF and CR (BERT's {@code _is_control}). */
  static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  /** ASCII non-letter/digit symbols and Unicode P* categories (BERT's {@code _is_punctuation}). */
  static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47)
        || (cp >= 58 && cp <= 64)
        || (cp >= 91 && cp <= 96)
        || (cp >= 123 && cp <= 126)) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  /** The CJK Unified Ideograph blocks of BERT's {@code _is_chinese_char}. */
  static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F)
        || (cp >= 0x2B740 && cp <= 0x2B81F)
        || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }
}
