package org.edgefilter.language.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.edgefilter.language.data.GlueReader;
import org.edgefilter.language.data.GlueSplit;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An 8k vocabulary trained on the real SST-2 training split (its speed is in TokenizerBenchmark).
 */
class RealCorpusTrainingTest {

  @TempDir Path dir;

  @Test
  void sst2VocabularySpellsEveryTrainingWord() {
    GlueSplit train = GlueReader.strict().readTrain(GlueTask.SST2, TestData.root());
    List<String> texts = TokenizerBenchmark.texts(train.examples());
    WordPieceTrainer trainer = WordPieceTrainer.builder().setVocabSize(8000).build();
    Vocabulary vocabulary = trainer.train(texts);
    assertEquals(8000, vocabulary.size());

    WordPieceTokenizer tokenizer = WordPieceTokenizer.uncased(vocabulary);
    Map<String, Long> words = trainer.countWords(texts);
    for (String word : words.keySet()) {
      List<String> pieces = tokenizer.wordPieces(word);
      assertFalse(pieces.contains("[UNK]"), word + " -> " + pieces);
    }
    // Frequent words are whole tokens.
    for (String word : List.of("the", "film", "movie", "and", "good")) {
      assertEquals(List.of(word), tokenizer.wordPieces(word));
    }

    Path file = dir.resolve("vocab.txt");
    vocabulary.save(file);
    assertEquals(vocabulary, Vocabulary.load(file));
    assertTrue(
        words.size() > 10_000, "SST-2 has over ten thousand distinct words: " + words.size());
  }
}
