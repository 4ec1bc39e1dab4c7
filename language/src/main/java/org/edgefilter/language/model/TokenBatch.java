package org.edgefilter.language.model;

/**
 * One batch of encoded sequences on the host, padded to the batch's own longest sequence: element
 * {@code [i, t]} of the id, segment and mask arrays is at index {@code i * length + t}.
 *
 * @param size number of sequences B, >= 1
 * @param length padded length L, >= 1
 * @param inputIds token ids, shape [B, L]; {@code [PAD]} (0) after each sequence
 * @param segmentIds 0 for the first text, 1 for the second, shape [B, L]
 * @param attentionMask 1 for real tokens, 0 for padding, shape [B, L]; each row is ones then zeros
 *     and starts with a one ({@code [CLS]})
 * @param labels class ids, shape [B]
 */
public record TokenBatch(
    int size, int length, int[] inputIds, int[] segmentIds, int[] attentionMask, int[] labels) {

  public TokenBatch {
    if (size < 1 || length < 1) {
      throw new IllegalArgumentException(
          "a batch needs size >= 1 and length >= 1, got " + size + " x " + length);
    }
    long cells = (long) size * length;
    if (inputIds.length != cells || segmentIds.length != cells || attentionMask.length != cells) {
      throw new IllegalArgumentException(
          "ids, segments and mask must hold size * length = "
              + cells
              + " values, got "
              + inputIds.length
              + ", "
              + segmentIds.length
              + ", "
              + attentionMask.length);
    }
    if (labels.length != size) {
      throw new IllegalArgumentException(
          "labels must hold " + size + " values, got " + labels.length);
    }
    for (int i = 0; i < size; i++) {
      boolean inPadding = false;
      for (int t = 0; t < length; t++) {
        int m = attentionMask[i * length + t];
        if (m != 0 && m != 1) {
          throw new IllegalArgumentException(
              "attention mask [" + i + ", " + t + "] is " + m + "; expected 0 or 1");
        }
        if (t == 0 && m == 0) {
          throw new IllegalArgumentException("sequence " + i + " has no real token at position 0");
        }
        if (m == 1 && inPadding) {
          throw new IllegalArgumentException(
              "sequence "
                  + i
                  + " has a real token at "
                  + t
                  + " after padding; the mask must be ones then zeros");
        }
        inPadding |= m == 0;
      }
    }
  }

  /** The real length (mask ones) of sequence {@code i}. */
  public int realLength(int i) {
    int n = 0;
    for (int t = 0; t < length; t++) {
      n += attentionMask[i * length + t];
    }
    return n;
  }

  /** The mask as floats, shape [B, L], for the graph's float mask input. */
  public float[] maskAsFloats() {
    float[] mask = new float[attentionMask.length];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = attentionMask[i];
    }
    return mask;
  }
}
