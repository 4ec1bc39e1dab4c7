package org.edgefilter.framework.nn;

/**
 * TensorFlow's padding schemes for convolution and pooling. SAME gives {@code ceil(in / stride)}
 * outputs and pads the extra pixel, if any, at the bottom and right; VALID pads nothing.
 */
public enum Padding {
  /** Output size {@code ceil(input / stride)}: the input is padded with zeros as needed. */
  SAME,
  /** No padding: only windows that lie wholly inside the input. */
  VALID
}
