package org.edgefilter.language.tokenize;

/**
 * A batch of encodings as flat row-major arrays ready to feed: element {@code [i, t]} is at index
 * {@code i * maxLength + t}.
 *
 * @param size number of examples n
 * @param maxLength padded sequence length
 * @param inputIds shape [n, maxLength]
 * @param segmentIds shape [n, maxLength]
 * @param attentionMask shape [n, maxLength], 1 real token, 0 padding
 * @param lengths real tokens per example (special tokens included), shape [n]
 * @param labels class ids, shape [n]
 */
public record EncodedBatch(
    int size,
    int maxLength,
    int[] inputIds,
    int[] segmentIds,
    int[] attentionMask,
    int[] lengths,
    int[] labels) {

  public EncodedBatch {
    long cells = (long) size * maxLength;
    if (inputIds.length != cells || segmentIds.length != cells || attentionMask.length != cells) {
      throw new IllegalArgumentException(
          "id, segment and mask arrays must hold size * maxLength = " + cells + " values");
    }
    if (lengths.length != size || labels.length != size) {
      throw new IllegalArgumentException("lengths and labels must hold size = " + size + " values");
    }
  }

  /** The shape of the id, segment and mask arrays: {@code [size, maxLength]}. */
  public long[] shape() {
    return new long[] {size, maxLength};
  }
}
