package org.edgefilter.language.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.edgefilter.framework.filter.EdgeFilter;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Squeeze;
import org.tensorflow.types.TFloat32;

/**
 * The Deep Edge Filter along the token axis of padded sequences: {@code y = h -
 * stopGradient(LPF(h))} on axis 1 of {@code [batch, length, hidden]} (Lee, Lee, Kwak, NeurIPS
 * 2025), restricted to each sequence's real tokens.
 *
 * <p>Why not {@link EdgeFilter} on the whole padded axis: its window would mix padding into the
 * last real tokens, so the output would depend on how long the batch happens to be padded and on
 * what padded positions hold. Here, with {@code m} the attention mask {@code [batch, length]} (1
 * real, 0 padding) and {@code w} the low-pass taps:
 *
 * <ul>
 *   <li>padded positions are zeroed before the window runs, so they contribute nothing;
 *   <li>{@link SequenceBorder#RENORMALIZE}: {@code LPF(h)_t = sum_j w_j m_{t+j} h_{t+j} / sum_j w_j
 *       m_{t+j}} (a mean filter averages the real neighbours only); {@link SequenceBorder#ZERO}:
 *       {@code LPF(h)_t = sum_j w_j m_{t+j} h_{t+j}};
 *   <li>padded positions pass through unchanged in every mode: the filter acts on real tokens only,
 *       and the attention mask keeps padded positions out of every later real output anyway.
 * </ul>
 *
 * The {@code [CLS]} token is position 0 and is filtered like any other real token. The sequence
 * length may be unknown when the graph is built (batches are padded to their longest sequence); the
 * hidden size must be known. The filter creates no variables: its taps are constants.
 *
 * @param mode HIGH_PASS (the filter), LOW_PASS (the ablation), LOW_PASS_NO_GRAD (the official
 *     code's ablation: the low-pass part under stopGradient) or IDENTITY (the baseline)
 * @param kernelSize odd window k in 1..{@value EdgeFilterSpec#MAX_KERNEL_SIZE}
 * @param lowPass a linear low-pass (mean, Gaussian, discrete Gaussian); the median is not linear
 *     and has no renormalized form
 * @param border how the window treats positions beyond the real tokens
 */
public record TokenEdgeFilter(
    FilterMode mode, int kernelSize, LowPass lowPass, SequenceBorder border) {

  /** Keeps the renormalizing division finite where a window holds no real token (padding only). */
  private static final float MIN_WEIGHT = 1e-12f;

  public TokenEdgeFilter {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(lowPass, "lowPass");
    Objects.requireNonNull(border, "border");
    if (kernelSize <= 0 || kernelSize % 2 == 0 || kernelSize > EdgeFilterSpec.MAX_KERNEL_SIZE) {
      throw new IllegalArgumentException(
          "token filter kernel size must be odd and in 1.."
              + EdgeFilterSpec.MAX_KERNEL_SIZE
              + ", got "
              + kernelSize);
    }
    if (!lowPass.isLinear()) {
      throw new IllegalArgumentException(
          "the token filter needs a linear low-pass (mean, gaussian,"
              + " discrete gaussian) to leave padding out of its window; got "
              + lowPass);
    }
  }

  /** The paper's 1D filter: mean, the given window, renormalized at sequence borders. */
  public static TokenEdgeFilter highPassMean(int kernelSize) {
    return new TokenEdgeFilter(
        FilterMode.HIGH_PASS, kernelSize, LowPass.mean(), SequenceBorder.RENORMALIZE);
  }

  /** The baseline: the input unchanged. */
  public static TokenEdgeFilter identity() {
    return new TokenEdgeFilter(FilterMode.IDENTITY, 1, LowPass.mean(), SequenceBorder.RENORMALIZE);
  }

  /**
   * Adds the filter to the graph.
   *
   * @param h {@code [batch, length, hidden]}, hidden known
   * @param mask {@code [batch, length]}, 1 for real tokens and 0 for padding
   * @return {@code [batch, length, hidden]}: per {@link #mode()} the high-pass part, the low-pass
   *     part, or {@code h}, at real positions; {@code h} at padded positions
   */
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> h, Operand<TFloat32> mask) {
    if (h.shape().isUnknown() || h.shape().numDimensions() != 3 || h.shape().get(2) <= 0) {
      throw new IllegalArgumentException(
          "token filter expects [batch, length, hidden] with hidden"
              + " known, got shape "
              + h.shape());
    }
    Ops scoped = tf.withSubScope("token_edge_filter");
    if (mode == FilterMode.IDENTITY) {
      return scoped.identity(h);
    }
    // [B, L] -> [B, L, 1]: broadcasts over the hidden features.
    Operand<TFloat32> m = scoped.expandDims(mask, scoped.constant(-1));
    Operand<TFloat32> weighted = window(scoped, scoped.math.mul(h, m));
    Operand<TFloat32> low = weighted;
    if (border == SequenceBorder.RENORMALIZE) {
      Operand<TFloat32> weight =
          scoped.math.maximum(window(scoped, m), scoped.constant(MIN_WEIGHT));
      low = scoped.math.div(weighted, weight);
    }
    Operand<TFloat32> lowOnReal = scoped.math.mul(low, m);
    if (mode == FilterMode.LOW_PASS || mode == FilterMode.LOW_PASS_NO_GRAD) {
      Operand<TFloat32> padding = scoped.math.sub(scoped.constant(1f), m);
      Operand<TFloat32> lowPart = scoped.math.add(lowOnReal, scoped.math.mul(h, padding));
      // The official averageLOW runs under no_grad: nothing before the filter gets a gradient.
      // An exact zero gradient (not a missing one) keeps the training step buildable.
      return mode == FilterMode.LOW_PASS
          ? lowPart
          : scoped.math.add(scoped.stopGradient(lowPart), scoped.math.mul(h, scoped.constant(0f)));
    }
    return scoped.withName("high_pass").math.sub(h, scoped.stopGradient(lowOnReal));
  }

  /**
   * {@code sum_j w_j x_{t+j}} along axis 1 of {@code [B, L, C]}, zeros beyond both ends; C known.
   * The mean runs as an {@code AvgPool} (cost grows with k), the other kinds as a depthwise
   * convolution with constant taps.
   */
  private Operand<TFloat32> window(Ops tf, Operand<TFloat32> x) {
    int pad = kernelSize / 2;
    // [B, L, C] -> [B, L, 1, C]: NHWC with the tokens as height.
    Operand<TFloat32> nhwc = tf.expandDims(x, tf.constant(2));
    Operand<TFloat32> padded =
        tf.pad(
            nhwc, tf.constant(new int[][] {{0, 0}, {pad, pad}, {0, 0}, {0, 0}}), tf.constant(0f));
    List<Long> strides = List.of(1L, 1L, 1L, 1L);
    Operand<TFloat32> summed;
    if (lowPass.kind() == LowPass.Kind.MEAN) {
      // VALID pooling over the explicit zero padding divides by k everywhere: the mean taps 1/k.
      summed = tf.nn.avgPool(padded, List.of(1L, (long) kernelSize, 1L, 1L), strides, "VALID");
    } else {
      int channels = (int) x.shape().get(2);
      double[] taps = lowPass.taps(kernelSize);
      float[][][][] kernel = new float[kernelSize][1][channels][1];
      for (int i = 0; i < kernelSize; i++) {
        for (int c = 0; c < channels; c++) {
          kernel[i][0][c][0] = (float) taps[i];
        }
      }
      summed = tf.nn.depthwiseConv2dNative(padded, tf.constant(kernel), strides, "VALID");
    }
    return tf.squeeze(summed, Squeeze.axis(2L));
  }

  /** A short name, e.g. {@code ef-mean-k3}, {@code lp-gaussian-k5-zero}, {@code baseline}. */
  public String label() {
    if (mode == FilterMode.IDENTITY) {
      return "baseline";
    }
    String prefix =
        switch (mode) {
          case HIGH_PASS -> "ef";
          case LOW_PASS_NO_GRAD -> "lpng";
          default -> "lp";
        };
    String kind = lowPass.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return prefix + "-" + kind + "-k" + kernelSize + (border == SequenceBorder.ZERO ? "-zero" : "");
  }
}
