package org.edgefilter.language.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPieceTrainerTest {

  @TempDir Path dir;

  /** The corpus of HuggingFace's course (LLM course, chapters 6.5 BPE and 6.6 WordPiece). */
  private static Map<String, Long> courseCorpus() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("hug", 10L);
    counts.put("pug", 5L);
    counts.put("pun", 12L);
    counts.put("bun", 4L);
    counts.put("hugs", 5L);
    return counts;
  }

  private static final List<String> COURSE_ALPHABET =
      List.of(
          "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "b", "h", "p", "##g", "##n", "##s", "##u");

  private static List<String> merges(Vocabulary vocabulary) {
    return vocabulary.tokens().subList(COURSE_ALPHABET.size(), vocabulary.size());
  }

  private static WordPieceTrainer trainer(int vocabSize, int minFrequency, MergeScore score) {
    return WordPieceTrainer.builder()
        .setVocabSize(vocabSize)
        .optMinFrequency(minFrequency)
        .optMergeScore(score)
        .build();
  }

  @Test
  void likelihoodScoreOnTheCourseExample() {
    Vocabulary vocabulary =
        trainer(100, 1, MergeScore.LIKELIHOOD).trainOnWordCounts(courseCorpus());
    assertEquals(COURSE_ALPHABET, vocabulary.tokens().subList(0, COURSE_ALPHABET.size()));
    // Worked by hand. Counts: h 15, p 17, b 4, ##u 36, ##g 20, ##n 16, ##s 5.
    // 1. (##g,##s) 5/(20*5) = 1/20 beats every other pair's 1/36: "##gs", as the course says.
    // 2. All pairs score 1/36; the tie goes to the most frequent pair, (p,##u) 17: "pu"
    //    (the course takes the first pair it meets, (h,##u), instead).
    // 3. (h,##u), (b,##u), (##u,##gs) tie at 1/19; (h,##u) has count 15: "hu".
    // 4. (b,##u) 4/(4*4) = 1/4: "bu".  5. (hu,##gs) 5/(15*5) = 1/15: "hugs".
    // 6. (hu,##g) 10/(10*15) = 1/15: "hug".  7. (bu,##n) 4/(4*16) = 1/16: "bun".
    // 8. (pu,##g) 5/(17*5) and (pu,##n) 12/(17*12) tie at 1/17; count 12 wins: "pun".
    // 9. (pu,##g) 5/(5*5): "pug". Then no pair is left.
    assertEquals(
        List.of("##gs", "pu", "hu", "bu", "hugs", "hug", "bun", "pun", "pug"), merges(vocabulary));
  }

  @Test
  void frequencyScoreOnTheCourseExample() {
    Vocabulary vocabulary = trainer(100, 1, MergeScore.FREQUENCY).trainOnWordCounts(courseCorpus());
    // Worked by hand (as the course's BPE chapter, with ## on continuation pieces):
    // (##u,##g) 20, (##u,##n) 16, (h,##ug) 15, (p,##un) 12, then (hug,##s) and (p,##ug) tie at 5
    // and "hug" < "p" decides, then (b,##un) 4.
    assertEquals(List.of("##ug", "##un", "hug", "pun", "hugs", "pug", "bun"), merges(vocabulary));
  }

  @Test
  void stopsAtTheTargetSizeAndRespectsMinFrequency() {
    assertEquals(14, trainer(14, 1, MergeScore.FREQUENCY).trainOnWordCounts(courseCorpus()).size());
    // (b,##un) occurs 4 times: with minFrequency 5 it is never merged.
    Vocabulary vocabulary = trainer(100, 5, MergeScore.FREQUENCY).trainOnWordCounts(courseCorpus());
    assertEquals(List.of("##ug", "##un", "hug", "pun", "hugs", "pug"), merges(vocabulary));
    // Nothing occurs 100 times: the alphabet alone.
    assertEquals(
        COURSE_ALPHABET,
        trainer(100, 100, MergeScore.FREQUENCY).trainOnWordCounts(courseCorpus()).tokens());
  }

  /**
   * Random words with Zipf-like counts over a small alphabet that includes accents and a non-BMP
   * character.
   */
  private static Map<String, Long> syntheticCorpus(long seed, int words) {
    String[] letters = {
      "a", "b", "c", "d", "e", "é", "n", "s", "t", new String(Character.toChars(0x1D4B3))
    };
    Random random = new Random(seed);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < words; i++) {
      StringBuilder word = new StringBuilder();
      int length = 1 + random.nextInt(9);
      for (int k = 0; k < length; k++) {
        // Skewed letter choice, so some pairs are much more frequent than others.
        word.append(
            letters[Math.min(letters.length - 1, (int) (-Math.log(random.nextDouble()) * 2.5))]);
      }
      counts.merge(word.toString(), 1L + 2000L / (i + 1), Long::sum);
    }
    return counts;
  }

  @Test
  void incrementalTrainerMatchesNaiveReference() {
    for (MergeScore score : MergeScore.values()) {
      for (int minFrequency : new int[] {1, 3}) {
        Map<String, Long> corpus = syntheticCorpus(17, 1500);
        List<String> expected = ReferenceTrainer.train(corpus, 400, minFrequency, score);
        List<String> actual = trainer(400, minFrequency, score).trainOnWordCounts(corpus).tokens();
        assertEquals(expected, actual, score + " minFrequency " + minFrequency);
        assertTrue(
            actual.size() > 300, "the comparison covers hundreds of merges: " + actual.size());
      }
    }
  }

  @Test
  void deterministicRegardlessOfCorpusOrder() {
    List<String> texts = new ArrayList<>();
    Random random = new Random(5);
    for (Map.Entry<String, Long> entry : syntheticCorpus(3, 800).entrySet()) {
      for (long k = 0; k < entry.getValue(); k++) {
        texts.add(
            entry.getKey() + (random.nextBoolean() ? ", " : " ") + "x" + entry.getKey().length());
      }
    }
    for (MergeScore score : MergeScore.values()) {
      WordPieceTrainer trainer = trainer(300, 2, score);
      Vocabulary first = trainer.train(texts);
      List<String> shuffled = new ArrayList<>(texts);
      Collections.shuffle(shuffled, new Random(99));
      assertEquals(first, trainer.train(shuffled), score.toString());
      assertEquals(first, trainer.train(texts), score.toString());
    }
  }

  @Test
  void everyTrainingWordIsSpelledWithoutUnk() {
    Map<String, Long> corpus = syntheticCorpus(11, 2000);
    for (MergeScore score : MergeScore.values()) {
      Vocabulary vocabulary = trainer(200, 2, score).trainOnWordCounts(corpus);
      WordPieceTokenizer tokenizer = WordPieceTokenizer.uncased(vocabulary);
      for (String word : corpus.keySet()) {
        List<String> pieces = tokenizer.wordPieces(word);
        assertFalse(pieces.contains("[UNK]"), word + " -> " + pieces);
        assertEquals(word, String.join("", pieces).replace("##", ""), "pieces spell the word");
      }
      // A character never seen in training cannot be spelled.
      assertEquals(List.of("[UNK]"), tokenizer.wordPieces("aq"));
    }
  }

  @Test
  void trainedVocabularyRoundTripsThroughVocabTxt() {
    Vocabulary vocabulary =
        trainer(150, 2, MergeScore.FREQUENCY).trainOnWordCounts(syntheticCorpus(2, 500));
    Path file = dir.resolve("vocab.txt");
    vocabulary.save(file);
    assertEquals(vocabulary, Vocabulary.load(file));
  }

  @Test
  void builderRejectsBadSettings() {
    assertThrows(IllegalStateException.class, () -> WordPieceTrainer.builder().build());
    assertThrows(
        IllegalArgumentException.class, () -> WordPieceTrainer.builder().setVocabSize(5).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> WordPieceTrainer.builder().setVocabSize(100).optMinFrequency(0).build());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> trainer(100, 1, MergeScore.FREQUENCY).trainOnWordCounts(Map.of("a b", 1L)));
    assertTrue(e.getMessage().contains("a b"));
  }
}
