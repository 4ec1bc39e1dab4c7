package org.edgefilter.language.tokenize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.edgefilter.framework.io.AtomicFiles;

/**
 * A WordPiece vocabulary: an ordered list of distinct tokens whose id is their index. Word-initial
 * pieces are plain ({@code un}), continuation pieces carry the {@code ##} prefix ({@code ##able}).
 *
 * <p>The file form is BERT's {@code vocab.txt}: UTF-8, one token per line, id = 0-based line
 * number. Every {@link SpecialToken} must be present and {@code [PAD]} must have id 0.
 */
public final class Vocabulary {

  /** The prefix that marks a piece continuing a word. */
  public static final String CONTINUATION_PREFIX = "##";

  private final List<String> tokens;
  private final Map<String, Integer> ids;
  private final EnumMap<SpecialToken, Integer> specialIds = new EnumMap<>(SpecialToken.class);

  private Vocabulary(List<String> tokens, Map<String, Integer> ids) {
    this.tokens = tokens;
    this.ids = ids;
    for (SpecialToken special : SpecialToken.values()) {
      specialIds.put(special, ids.get(special.text()));
    }
  }

  /**
   * A vocabulary of {@code tokens}, id = index.
   *
   * @throws IllegalArgumentException on a duplicate, empty or whitespace-containing token, a
   *     missing special token, or {@code [PAD]} not at index 0
   */
  public static Vocabulary of(List<String> tokens) {
    return build(tokens, "token list", i -> "token list entry " + i);
  }

  private static Vocabulary build(List<String> tokens, String source, IntFunction<String> where) {
    Map<String, Integer> ids = new HashMap<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.isEmpty()) {
        throw new IllegalArgumentException(where.apply(i) + ": empty token");
      }
      if (token.codePoints().anyMatch(BasicTokenizer::isWhitespace)) {
        throw new IllegalArgumentException(
            where.apply(i) + ": token '" + token + "' contains whitespace");
      }
      Integer previous = ids.putIfAbsent(token, i);
      if (previous != null) {
        throw new IllegalArgumentException(
            where.apply(i)
                + ": token '"
                + token
                + "' already appeared at "
                + where.apply(previous));
      }
    }
    for (SpecialToken special : SpecialToken.values()) {
      if (!ids.containsKey(special.text())) {
        throw new IllegalArgumentException(
            source
                + " lacks the special token "
                + special.text()
                + " (a vocabulary needs "
                + Arrays.toString(specialTexts())
                + ")");
      }
    }
    if (ids.get(SpecialToken.PAD.text()) != 0) {
      throw new IllegalArgumentException(
          where.apply(ids.get(SpecialToken.PAD.text()))
              + ": "
              + SpecialToken.PAD.text()
              + " must be the first token (id 0, BERT's convention)");
    }
    return new Vocabulary(Collections.unmodifiableList(new ArrayList<>(tokens)), ids);
  }

  private static String[] specialTexts() {
    return Arrays.stream(SpecialToken.values()).map(SpecialToken::text).toArray(String[]::new);
  }

  /**
   * Loads a {@code vocab.txt}: one token per line, id = 0-based line number. A trailing {@code \r}
   * and blank lines at the end of the file are ignored; errors name the file and 1-based line.
   */
  public static Vocabulary load(Path file) {
    List<String> lines;
    try {
      lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read vocabulary " + file.toAbsolutePath(), e);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
      lines.set(0, lines.get(0).substring(1));
    }
    return build(lines, file.toString(), i -> file + ":" + (i + 1));
  }

  /** Writes this vocabulary as {@code vocab.txt} (one token per line), atomically. */
  public void save(Path file) {
    StringBuilder text = new StringBuilder();
    for (String token : tokens) {
      text.append(token).append('\n');
    }
    AtomicFiles.writeString(file, text.toString());
  }

  /** Number of tokens; ids run from 0 to {@code size() - 1}. */
  public int size() {
    return tokens.size();
  }

  /** The tokens in id order (unmodifiable). */
  public List<String> tokens() {
    return tokens;
  }

  /** The token with id {@code id}. */
  public String token(int id) {
    return tokens.get(id);
  }

  /** The id of {@code token}, or -1 when it is not in the vocabulary. */
  public int id(String token) {
    Integer id = ids.get(token);
    return id == null ? -1 : id;
  }

  /** Whether {@code token} is in the vocabulary. */
  public boolean contains(String token) {
    return ids.containsKey(token);
  }

  /** The id of a special token. */
  public int id(SpecialToken special) {
    return specialIds.get(special);
  }

  /** {@code [PAD]}'s id, always 0. */
  public int padId() {
    return specialIds.get(SpecialToken.PAD);
  }

  /** {@code [UNK]}'s id. */
  public int unkId() {
    return specialIds.get(SpecialToken.UNK);
  }

  /** {@code [CLS]}'s id. */
  public int clsId() {
    return specialIds.get(SpecialToken.CLS);
  }

  /** {@code [SEP]}'s id. */
  public int sepId() {
    return specialIds.get(SpecialToken.SEP);
  }

  /** {@code [MASK]}'s id. */
  public int maskId() {
    return specialIds.get(SpecialToken.MASK);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Vocabulary that && tokens.equals(that.tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  @Override
  public String toString() {
    return "Vocabulary[" + tokens.size() + " tokens]";
  }
}
