package org.edgefilter.language.tokenize;

/**
 * One model input in BERT's layout, padded to the encoder's {@code maxLength}: {@code [CLS] a
 * [SEP]} for a single text, {@code [CLS] a [SEP] b [SEP]} for a pair, then {@code [PAD]} (id 0).
 *
 * @param inputIds token ids, shape [maxLength]; {@code [PAD]} (0) after {@code length}
 * @param segmentIds shape [maxLength]: 0 for {@code [CLS]}, a and the first {@code [SEP]}; 1 for b
 *     and the final {@code [SEP]}; 0 on padding
 * @param attentionMask shape [maxLength]: 1 on the first {@code length} positions, 0 on padding
 * @param length number of real tokens, including the special tokens, {@code <= maxLength}
 */
public record Encoding(int[] inputIds, int[] segmentIds, int[] attentionMask, int length) {

  public Encoding {
    if (segmentIds.length != inputIds.length || attentionMask.length != inputIds.length) {
      throw new IllegalArgumentException(
          "inputIds, segmentIds and attentionMask must have the same"
              + " length, got "
              + inputIds.length
              + ", "
              + segmentIds.length
              + ", "
              + attentionMask.length);
    }
    if (length < 0 || length > inputIds.length) {
      throw new IllegalArgumentException(
          "length " + length + " outside [0, " + inputIds.length + "]");
    }
  }

  /** The padded length, {@code inputIds().length}. */
  public int maxLength() {
    return inputIds.length;
  }
}
