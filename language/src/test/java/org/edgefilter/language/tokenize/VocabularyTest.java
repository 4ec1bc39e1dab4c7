package org.edgefilter.language.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

  @TempDir Path dir;

  @Test
  void trainedLayoutHasFixedSpecialIds() {
    Vocabulary vocabulary = WordPieceTokenizerTest.vocabulary("a", "##b");
    assertEquals(0, vocabulary.padId());
    assertEquals(1, vocabulary.unkId());
    assertEquals(2, vocabulary.clsId());
    assertEquals(3, vocabulary.sepId());
    assertEquals(4, vocabulary.maskId());
    for (SpecialToken special : SpecialToken.values()) {
      assertEquals(special.trainedId(), vocabulary.id(special));
    }
    assertEquals(6, vocabulary.id("##b"));
    assertEquals(-1, vocabulary.id("zz"));
  }

  @Test
  void saveThenLoadGivesTheSameTokensAndIds() throws IOException {
    Vocabulary vocabulary =
        WordPieceTokenizerTest.vocabulary("un", "##aff", "##able", "é", "##\u535A");
    Path file = dir.resolve("nested").resolve("vocab.txt");
    vocabulary.save(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(vocabulary.tokens(), lines);
    Vocabulary loaded = Vocabulary.load(file);
    assertEquals(vocabulary, loaded);
    for (int id = 0; id < vocabulary.size(); id++) {
      assertEquals(id, loaded.id(vocabulary.token(id)));
    }
  }

  @Test
  void loadsBertLayoutWithItsOwnIds() throws IOException {
    // Google's uncased vocab.txt: [PAD], [unused0..98], [UNK], [CLS], [SEP], [MASK], ...
    List<String> lines = new ArrayList<>();
    lines.add("[PAD]");
    for (int i = 0; i < 99; i++) {
      lines.add("[unused" + i + "]");
    }
    lines.addAll(List.of("[UNK]", "[CLS]", "[SEP]", "[MASK]", "the"));
    Path file = dir.resolve("vocab.txt");
    Files.writeString(file, String.join("\r\n", lines) + "\r\n\n", StandardCharsets.UTF_8);
    Vocabulary vocabulary = Vocabulary.load(file);
    assertEquals(105, vocabulary.size());
    assertEquals(0, vocabulary.padId());
    assertEquals(100, vocabulary.unkId());
    assertEquals(101, vocabulary.clsId());
    assertEquals(102, vocabulary.sepId());
    assertEquals(103, vocabulary.maskId());
    assertEquals(104, vocabulary.id("the"));
  }

  @Test
  void errorsNameTheLine() throws IOException {
    Path duplicate = dir.resolve("dup.txt");
    Files.writeString(duplicate, "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nab\nab\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.load(duplicate));
    assertTrue(
        e.getMessage().contains(duplicate + ":7") && e.getMessage().contains(duplicate + ":6"),
        e.getMessage());

    Path padLate = dir.resolve("pad.txt");
    Files.writeString(padLate, "[UNK]\n[PAD]\n[CLS]\n[SEP]\n[MASK]\n");
    e = assertThrows(IllegalArgumentException.class, () -> Vocabulary.load(padLate));
    assertTrue(
        e.getMessage().contains(padLate + ":2") && e.getMessage().contains("[PAD]"),
        e.getMessage());

    Path noMask = dir.resolve("mask.txt");
    Files.writeString(noMask, "[PAD]\n[UNK]\n[CLS]\n[SEP]\nab\n");
    e = assertThrows(IllegalArgumentException.class, () -> Vocabulary.load(noMask));
    assertTrue(e.getMessage().contains("[MASK]"), e.getMessage());

    Path blank = dir.resolve("blank.txt");
    Files.writeString(blank, "[PAD]\n[UNK]\n\n[CLS]\n[SEP]\n[MASK]\n");
    e = assertThrows(IllegalArgumentException.class, () -> Vocabulary.load(blank));
    assertTrue(e.getMessage().contains(blank + ":3"), e.getMessage());
  }
}
