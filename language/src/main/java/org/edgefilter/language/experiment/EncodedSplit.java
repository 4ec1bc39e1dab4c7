package org.edgefilter.language.experiment;

import java.util.Arrays;
import java.util.List;
import org.edgefilter.language.data.TextExample;
import org.edgefilter.language.model.TokenBatch;
import org.edgefilter.language.tokenize.Encoding;
import org.edgefilter.language.tokenize.SequenceEncoder;

/**
 * A split encoded once into BERT inputs ({@code [CLS] a [SEP] (b [SEP])}, truncated to the
 * encoder's maxLength), kept unpadded; {@link #batch(int[])} pads a batch to its own longest
 * sequence, which on SST-2 (mean 13 tokens) costs a fraction of padding everything to maxLength.
 */
public final class EncodedSplit {

  private final int[][] ids;
  private final int[][] segments;
  private final int[] labels;

  private EncodedSplit(int[][] ids, int[][] segments, int[] labels) {
    this.ids = ids;
    this.segments = segments;
    this.labels = labels;
  }

  /** Encodes {@code examples} with {@code encoder}, in order. */
  public static EncodedSplit encode(List<TextExample> examples, SequenceEncoder encoder) {
    int n = examples.size();
    int[][] ids = new int[n][];
    int[][] segments = new int[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      Encoding encoding = encoder.encode(examples.get(i));
      ids[i] = Arrays.copyOf(encoding.inputIds(), encoding.length());
      segments[i] = Arrays.copyOf(encoding.segmentIds(), encoding.length());
      labels[i] = examples.get(i).label();
    }
    return new EncodedSplit(ids, segments, labels);
  }

  /** Number of examples. */
  public int size() {
    return labels.length;
  }

  /** The real length (special tokens included) of example {@code i}. */
  public int length(int i) {
    return ids[i].length;
  }

  /** The label of example {@code i}. */
  public int label(int i) {
    return labels[i];
  }

  /** Every label, shape [size()]. */
  public int[] labels() {
    return labels.clone();
  }

  /**
   * The examples at {@code indices} as one batch padded to the longest of them: ids and segments 0
   * and mask 0 after each sequence.
   */
  public TokenBatch batch(int[] indices) {
    if (indices.length == 0) {
      throw new IllegalArgumentException("an empty batch");
    }
    int length = 0;
    for (int index : indices) {
      length = Math.max(length, ids[index].length);
    }
    int[] batchIds = new int[indices.length * length];
    int[] batchSegments = new int[indices.length * length];
    int[] mask = new int[indices.length * length];
    int[] batchLabels = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      int[] sequence = ids[indices[i]];
      System.arraycopy(sequence, 0, batchIds, i * length, sequence.length);
      System.arraycopy(segments[indices[i]], 0, batchSegments, i * length, sequence.length);
      Arrays.fill(mask, i * length, i * length + sequence.length, 1);
      batchLabels[i] = labels[indices[i]];
    }
    return new TokenBatch(indices.length, length, batchIds, batchSegments, mask, batchLabels);
  }
}
