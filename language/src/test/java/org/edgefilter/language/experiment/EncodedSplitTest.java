package org.edgefilter.language.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.edgefilter.language.data.TextExample;
import org.edgefilter.language.model.TokenBatch;
import org.edgefilter.language.tokenize.SequenceEncoder;
import org.edgefilter.language.tokenize.Vocabulary;
import org.edgefilter.language.tokenize.WordPieceTokenizer;
import org.junit.jupiter.api.Test;

class EncodedSplitTest {

  // Ids: [PAD]=0 [UNK]=1 [CLS]=2 [SEP]=3 [MASK]=4 a=5 b=6 c=7.
  private static final Vocabulary VOCABULARY =
      Vocabulary.of(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "a", "b", "c"));

  @Test
  void batchesArePaddedToTheirLongestSequence() {
    SequenceEncoder encoder = new SequenceEncoder(WordPieceTokenizer.uncased(VOCABULARY), 6);
    EncodedSplit split =
        EncodedSplit.encode(
            List.of(
                TextExample.single("a b", 1),
                TextExample.pair("c", "a", 0),
                TextExample.single("a b c a b c", 1)),
            encoder);
    assertEquals(4, split.length(0));
    assertEquals(5, split.length(1));
    assertEquals(6, split.length(2), "truncated to maxLength");

    TokenBatch batch = split.batch(new int[] {1, 0});
    assertEquals(5, batch.length());
    assertArrayEquals(new int[] {2, 7, 3, 5, 3, /* */ 2, 5, 6, 3, 0}, batch.inputIds());
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, /* */ 0, 0, 0, 0, 0}, batch.segmentIds());
    assertArrayEquals(new int[] {1, 1, 1, 1, 1, /* */ 1, 1, 1, 1, 0}, batch.attentionMask());
    assertArrayEquals(new int[] {0, 1}, batch.labels());
    assertEquals(4, split.batch(new int[] {0}).length());
  }

  @Test
  void subsetsAreSeededSamplesWithoutRepeats() {
    List<TextExample> examples = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      examples.add(TextExample.single("sentence " + i, i % 2));
    }
    List<TextExample> first = TaskData.subset(examples, 30, 4);
    assertEquals(30, first.size());
    assertEquals(30, new HashSet<>(first).size());
    assertEquals(first, TaskData.subset(examples, 30, 4));
    assertNotEquals(first, TaskData.subset(examples, 30, 5));
    assertEquals(examples, TaskData.subset(examples, 0, 4));
    // In file order.
    List<Integer> positions = first.stream().map(examples::indexOf).toList();
    assertEquals(positions.stream().sorted().toList(), positions);
  }
}
