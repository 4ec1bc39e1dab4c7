package org.edgefilter.language.tokenize;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.edgefilter.language.data.TextExample;

/**
 * Encodes texts into BERT's input layout (Devlin et al., NAACL 2019, Section 3 and Figure 2):
 * {@code [CLS] a [SEP]} or {@code [CLS] a [SEP] b [SEP]}, segment ids 0 for {@code [CLS]}, a and
 * its {@code [SEP]} and 1 for b and the final {@code [SEP]}, an attention mask, and {@code [PAD]}
 * up to {@link #maxLength()}.
 *
 * <p>Too long inputs are truncated as BERT's {@code _truncate_seq_pair} does: while a and b
 * together exceed {@code maxLength - 3}, drop the last piece of the longer one (of b when they are
 * equally long); a single text keeps its first {@code maxLength - 2} pieces. Immutable and
 * thread-safe.
 */
public final class SequenceEncoder {

  private final WordPieceTokenizer tokenizer;
  private final int maxLength;

  /**
   * @param tokenizer turns texts into piece ids
   * @param maxLength padded length of every encoding, at least 3 (room for {@code [CLS]} and two
   *     {@code [SEP]})
   */
  public SequenceEncoder(WordPieceTokenizer tokenizer, int maxLength) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    if (maxLength < 3) {
      throw new IllegalArgumentException(
          "maxLength must be >= 3 ([CLS] a [SEP] b [SEP]), got " + maxLength);
    }
    this.maxLength = maxLength;
  }

  public WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  /** The padded length of every encoding. */
  public int maxLength() {
    return maxLength;
  }

  /** Encodes a single text: {@code [CLS] a [SEP] [PAD]...}. */
  public Encoding encode(String textA) {
    return encode(textA, null);
  }

  /** Encodes a pair, or a single text when {@code textB} is {@code null}. */
  public Encoding encode(String textA, String textB) {
    int[] a = tokenizer.tokenIds(textA);
    int[] b = textB == null ? null : tokenizer.tokenIds(textB);
    return assemble(a, b);
  }

  /** Encodes an example's text(s); the label is not part of an {@link Encoding}. */
  public Encoding encode(TextExample example) {
    return encode(example.textA(), example.textB());
  }

  /**
   * The untruncated length of the encoding of a text or pair: pieces plus 2 ({@code [CLS]}, {@code
   * [SEP]}) for a single text, plus 3 for a pair. Useful to choose {@link #maxLength()}.
   */
  public int fullLength(String textA, String textB) {
    int length = tokenizer.tokenize(textA).size() + 2;
    return textB == null ? length : length + tokenizer.tokenize(textB).size() + 1;
  }

  /** Encodes {@code examples} into flat arrays of shape [n, maxLength], with their labels. */
  public EncodedBatch encodeBatch(List<TextExample> examples) {
    int n = examples.size();
    int[] inputIds = new int[n * maxLength];
    int[] segmentIds = new int[n * maxLength];
    int[] attentionMask = new int[n * maxLength];
    int[] lengths = new int[n];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      TextExample example = examples.get(i);
      Encoding encoding = encode(example);
      System.arraycopy(encoding.inputIds(), 0, inputIds, i * maxLength, maxLength);
      System.arraycopy(encoding.segmentIds(), 0, segmentIds, i * maxLength, maxLength);
      System.arraycopy(encoding.attentionMask(), 0, attentionMask, i * maxLength, maxLength);
      lengths[i] = encoding.length();
      labels[i] = example.label();
    }
    return new EncodedBatch(n, maxLength, inputIds, segmentIds, attentionMask, lengths, labels);
  }

  /**
   * Lays out {@code [CLS] a [SEP] (b [SEP])} after truncation; {@code b == null} for a single text.
   */
  Encoding assemble(int[] a, int[] b) {
    int keepA;
    int keepB;
    if (b == null) {
      keepA = Math.min(a.length, maxLength - 2);
      keepB = 0;
    } else {
      int[] kept = truncatedLengths(a.length, b.length, maxLength - 3);
      keepA = kept[0];
      keepB = kept[1];
    }
    Vocabulary vocabulary = tokenizer.vocabulary();
    int[] ids = new int[maxLength];
    int[] segments = new int[maxLength];
    int[] mask = new int[maxLength];
    Arrays.fill(ids, vocabulary.padId());
    int t = 0;
    ids[t++] = vocabulary.clsId();
    System.arraycopy(a, 0, ids, t, keepA);
    t += keepA;
    ids[t++] = vocabulary.sepId();
    if (b != null) {
      int segmentStart = t;
      System.arraycopy(b, 0, ids, t, keepB);
      t += keepB;
      ids[t++] = vocabulary.sepId();
      Arrays.fill(segments, segmentStart, t, 1);
    }
    Arrays.fill(mask, 0, t, 1);
    return new Encoding(ids, segments, mask, t);
  }

  /**
   * BERT's {@code _truncate_seq_pair} on lengths: while {@code lengthA + lengthB > budget}, shorten
   * the longer one by one (b on a tie). Returns {@code {keptA, keptB}}.
   */
  static int[] truncatedLengths(int lengthA, int lengthB, int budget) {
    int keptA = lengthA;
    int keptB = lengthB;
    while (keptA + keptB > budget) {
      if (keptA > keptB) {
        keptA--;
      } else {
        keptB--;
      }
    }
    return new int[] {keptA, keptB};
  }
}
