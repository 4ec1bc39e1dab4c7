package org.edgefilter.language.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.edgefilter.language.data.TextExample;
import org.junit.jupiter.api.Test;

class SequenceEncoderTest {

  // Ids: [PAD]=0 [UNK]=1 [CLS]=2 [SEP]=3 [MASK]=4, then a=5 b=6 c=7 d=8 e=9 x=10 y=11 z=12 w=13.
  private final WordPieceTokenizer tokenizer =
      WordPieceTokenizer.uncased(
          WordPieceTokenizerTest.vocabulary("a", "b", "c", "d", "e", "x", "y", "z", "w"));

  @Test
  void singleSentenceIsPadded() {
    Encoding encoding = new SequenceEncoder(tokenizer, 8).encode("a b");
    assertArrayEquals(new int[] {2, 5, 6, 3, 0, 0, 0, 0}, encoding.inputIds());
    assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, 0}, encoding.segmentIds());
    assertArrayEquals(new int[] {1, 1, 1, 1, 0, 0, 0, 0}, encoding.attentionMask());
    assertEquals(4, encoding.length());
    assertEquals(8, encoding.maxLength());
  }

  @Test
  void pairHasSegmentIdsAndMask() {
    Encoding encoding = new SequenceEncoder(tokenizer, 10).encode("a b", "x y z");
    // [CLS] a b [SEP] x y z [SEP] [PAD] [PAD]
    assertArrayEquals(new int[] {2, 5, 6, 3, 10, 11, 12, 3, 0, 0}, encoding.inputIds());
    assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1, 0, 0}, encoding.segmentIds());
    assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 0, 0}, encoding.attentionMask());
    assertEquals(8, encoding.length());
  }

  @Test
  void pairTruncationShortensTheLongerSideFirst() {
    SequenceEncoder encoder = new SequenceEncoder(tokenizer, 8);
    // Budget 8 - 3 = 5 pieces; a has 5, b has 2: a loses its last two pieces (5,2)->(4,2)->(3,2).
    Encoding encoding = encoder.encode("a b c d e", "x y");
    assertArrayEquals(new int[] {2, 5, 6, 7, 3, 10, 11, 3}, encoding.inputIds());
    assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1}, encoding.segmentIds());
    assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1}, encoding.attentionMask());
    // a has 3, b has 4: (3,4)->(3,3), then the tie removes from b: (3,2).
    encoding = encoder.encode("a b c", "x y z w");
    assertArrayEquals(new int[] {2, 5, 6, 7, 3, 10, 11, 3}, encoding.inputIds());
    // Both long: (6,6)->(6,5)->(5,5)->(5,4)->...->(3,2).
    assertArrayEquals(new int[] {3, 2}, SequenceEncoder.truncatedLengths(6, 6, 5));
    assertArrayEquals(new int[] {0, 0}, SequenceEncoder.truncatedLengths(2, 3, 0));
    assertArrayEquals(new int[] {4, 1}, SequenceEncoder.truncatedLengths(4, 1, 5));
  }

  @Test
  void singleTruncationKeepsTheFirstPieces() {
    Encoding encoding = new SequenceEncoder(tokenizer, 4).encode("a b c d e");
    assertArrayEquals(new int[] {2, 5, 6, 3}, encoding.inputIds());
    assertEquals(4, encoding.length());
    assertEquals(7, new SequenceEncoder(tokenizer, 4).fullLength("a b c d e", null));
    assertEquals(10, new SequenceEncoder(tokenizer, 4).fullLength("a b c d e", "x y"));
  }

  @Test
  void batchIsTheRowMajorConcatenationOfEncodings() {
    SequenceEncoder encoder = new SequenceEncoder(tokenizer, 6);
    List<TextExample> examples =
        List.of(
            TextExample.pair("a b c", "x", 1),
            TextExample.single("d", 0),
            TextExample.pair("e", "q w", 1));
    EncodedBatch batch = encoder.encodeBatch(examples);
    assertEquals(3, batch.size());
    assertArrayEquals(new long[] {3, 6}, batch.shape());
    assertArrayEquals(new int[] {1, 0, 1}, batch.labels());
    for (int i = 0; i < examples.size(); i++) {
      Encoding expected = encoder.encode(examples.get(i));
      assertArrayEquals(
          expected.inputIds(), Arrays.copyOfRange(batch.inputIds(), i * 6, i * 6 + 6));
      assertArrayEquals(
          expected.segmentIds(), Arrays.copyOfRange(batch.segmentIds(), i * 6, i * 6 + 6));
      assertArrayEquals(
          expected.attentionMask(), Arrays.copyOfRange(batch.attentionMask(), i * 6, i * 6 + 6));
      assertEquals(expected.length(), batch.lengths()[i]);
    }
    // Row 2 by hand: [CLS] e [SEP] [UNK] w [SEP] (q is not in the vocabulary).
    assertArrayEquals(new int[] {2, 9, 3, 1, 13, 3}, Arrays.copyOfRange(batch.inputIds(), 12, 18));
  }

  @Test
  void rejectsTooSmallMaxLength() {
    assertThrows(IllegalArgumentException.class, () -> new SequenceEncoder(tokenizer, 2));
  }
}
