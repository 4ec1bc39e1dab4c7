package org.edgefilter.language.model;

/**
 * How the token filter's low-pass window treats positions outside a sequence's real tokens: the
 * padding after it and the space before {@code [CLS]} and after the last real token. Either way
 * padded positions contribute nothing, so what they hold never reaches a real output.
 */
public enum SequenceBorder {
  /**
   * The window holds real tokens only and its weights are renormalized over them: a mean filter
   * averages the real neighbours within {@code k/2} positions (normalized convolution, {@code sum_j
   * w_j m_j h_j / sum_j w_j m_j} with m the attention mask). A sequence constant along its tokens
   * then has zero high-pass part everywhere, borders included. The default.
   */
  RENORMALIZE,
  /**
   * Positions outside the real tokens count as zeros with their full weight (the official code's
   * zero padding carried over to variable-length sequences): the low-pass part shrinks towards zero
   * at both ends of each sequence.
   */
  ZERO
}
