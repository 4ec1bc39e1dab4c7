package org.edgefilter.audio.model;

import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.filter.EdgeFilter;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.nn.Activations;
import org.edgefilter.framework.nn.BatchNorm;
import org.edgefilter.framework.nn.Conv2d;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.Dropout;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.Padding;
import org.edgefilter.framework.nn.ParameterScope;
import org.edgefilter.framework.nn.Pooling;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The layers of the log-mel CNN; {@link #apply} builds one tower, and every tower shares the
 * layers' parameters.
 *
 * <p>Input {@code [batch, frames, mels, 1]} (time as height, mel bands as width). Block {@code i}:
 * 3x3 convolution (SAME, no bias: BatchNorm follows) to {@code channels[i]} channels, BatchNorm,
 * ReLU, 2x2 max-pool with stride 2 (SAME, so an odd size keeps its last row: 101 frames become 51,
 * 26, 13). Then global average pooling over time and frequency, dropout, and a dense layer to the
 * class logits. The EdgeFilter sits at {@link FilterConfig#position()}: on the input (0) or after
 * block {@code i}'s max-pool. Parameters live under {@code block<i>/conv}, {@code block<i>/bn} and
 * {@code head}; the filter has none.
 */
public final class AudioCnn {

  private final CnnConfig config;
  private final List<Conv2d> convs = new ArrayList<>();
  private final List<BatchNorm> norms = new ArrayList<>();
  private final Dropout dropout;
  private final Dense head;

  /**
   * @param config the architecture
   * @param classes number of output classes
   * @param scope where the parameters are created
   */
  public AudioCnn(CnnConfig config, int classes, ParameterScope scope) {
    if (classes < 2) {
      throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
    }
    this.config = config;
    for (int i = 0; i < config.blocks(); i++) {
      ParameterScope block = scope.child("block" + (i + 1));
      convs.add(
          Conv2d.builder()
              .setFilters(config.channels().get(i))
              .setKernelSize(3)
              .optBias(false)
              .build(block.child("conv")));
      norms.add(BatchNorm.of(block.child("bn")));
    }
    this.dropout = new Dropout(scope.child("dropout"), (float) config.dropout());
    this.head = Dense.of(scope.child("head"), classes);
  }

  /** The architecture. */
  public CnnConfig config() {
    return config;
  }

  /**
   * Builds one tower.
   *
   * @param x {@code [batch, frames, mels, 1]} with frames and mels known
   * @param mode TRAIN (batch statistics, moving-average updates, dropout) or EVAL
   */
  public Tower apply(Ops tf, Operand<TFloat32> x, Mode mode) {
    FilterConfig filter = config.filter();
    Operand<TFloat32> h = x;
    Operand<TFloat32> filterInput = null;
    Operand<TFloat32> filterOutput = null;
    for (int block = 0; block <= config.blocks(); block++) {
      if (block == filter.position()) {
        // A named identity, so the map can be fetched even at position 0, where h is the fed input.
        filterInput = tf.withName("filter_input").identity(h);
        h = EdgeFilter.apply(tf, filterInput, filter.spec(2));
        filterOutput = h;
      }
      if (block < config.blocks()) {
        h = block(tf, h, block, mode);
      }
    }
    Operand<TFloat32> pooled = Pooling.globalAverage(tf, h); // [batch, channels]
    Operand<TFloat32> logits = head.apply(tf, dropout.apply(tf, pooled, mode), mode);
    return new Tower(logits, filterInput, filterOutput);
  }

  private Operand<TFloat32> block(Ops tf, Operand<TFloat32> x, int i, Mode mode) {
    Operand<TFloat32> y = convs.get(i).apply(tf, x, mode);
    y = Activations.relu(tf, norms.get(i).apply(tf, y, mode));
    return Pooling.max(tf, y, 2, 2, Padding.SAME);
  }

  /**
   * The static shape {@code [frames', mels', channels']} of the feature map the filter sees for an
   * input of {@code frames x mels}: halved (rounding up) once per block before the position.
   */
  public long[] filterInputShape(long frames, long mels) {
    long t = frames;
    long f = mels;
    long c = 1;
    for (int i = 0; i < config.filter().position(); i++) {
      t = (t + 1) / 2;
      f = (f + 1) / 2;
      c = config.channels().get(i);
    }
    return new long[] {t, f, c};
  }
}
