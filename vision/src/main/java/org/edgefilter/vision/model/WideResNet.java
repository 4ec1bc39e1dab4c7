package org.edgefilter.vision.model;

import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterPositions;
import org.edgefilter.framework.nn.Activations;
import org.edgefilter.framework.nn.BatchNorm;
import org.edgefilter.framework.nn.Conv2d;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.Dropout;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.ParameterScope;
import org.edgefilter.framework.nn.Pooling;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Wide ResNet WRN-d-k with pre-activation basic blocks (Zagoruyko and Komodakis, BMVC 2016): a 3x3
 * stem of 16 channels, three groups of {@code n = (d - 4) / 6} blocks of widths 16k, 32k, 64k
 * (strides 1, 2, 2), BN-ReLU, global average pooling, a dense classifier. A block is {@code o =
 * relu(bn1(x)); y = conv2(dropout(relu(bn2(conv1(o))))) + (x or conv1x1(o))}, as the official code
 * and RobustBench's WRN-28-10 (the TENT paper's source model).
 *
 * <p>Filter slots: 0 after the stem, 1..3 after group 1..3 (paper default 1).
 */
public final class WideResNet implements VisionNet {

  private final String name;
  private final Conv2d stem;
  private final List<List<Block>> groups = new ArrayList<>();
  private final BatchNorm finalNorm;
  private final Dense head;
  private final FilterSlot slot;

  private record Block(
      BatchNorm bn1, Conv2d conv1, BatchNorm bn2, Dropout dropout, Conv2d conv2, Conv2d shortcut) {

    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
      Operand<TFloat32> o = Activations.relu(tf, bn1.apply(tf, x, mode));
      Operand<TFloat32> y = conv1.apply(tf, o, mode);
      y = Activations.relu(tf, bn2.apply(tf, y, mode));
      y = conv2.apply(tf, dropout.apply(tf, y, mode), mode);
      Operand<TFloat32> identity = shortcut == null ? x : shortcut.apply(tf, o, mode);
      return tf.math.add(y, identity);
    }
  }

  /**
   * @param depth d, with {@code (d - 4) % 6 == 0} (10, 16, 22, 28, ...)
   * @param widen k
   */
  public WideResNet(
      ParameterScope scope,
      int depth,
      int widen,
      int classes,
      double dropout,
      FilterConfig filter) {
    if (depth < 10 || (depth - 4) % 6 != 0) {
      throw new IllegalArgumentException("WRN depth must be 6n + 4 with n >= 1, got " + depth);
    }
    if (widen < 1) {
      throw new IllegalArgumentException("WRN widen factor must be >= 1, got " + widen);
    }
    this.name = "wrn-" + depth + "-" + widen;
    this.slot = new FilterSlot(filter, 2, positions(depth, widen));
    int n = (depth - 4) / 6;
    stem = conv(scope.child("stem"), 16, 3, 1);
    int in = 16;
    int[] widths = {16 * widen, 32 * widen, 64 * widen};
    for (int g = 0; g < 3; g++) {
      List<Block> blocks = new ArrayList<>();
      for (int b = 0; b < n; b++) {
        ParameterScope s = scope.child("group" + (g + 1)).child("block" + (b + 1));
        int stride = b == 0 && g > 0 ? 2 : 1;
        int out = widths[g];
        blocks.add(
            new Block(
                BatchNorm.of(s.child("bn1")),
                conv(s.child("conv1"), out, 3, stride),
                BatchNorm.of(s.child("bn2")),
                new Dropout(s.child("dropout"), (float) dropout),
                conv(s.child("conv2"), out, 3, 1),
                in == out ? null : conv(s.child("shortcut"), out, 1, stride)));
        in = out;
      }
      groups.add(blocks);
    }
    finalNorm = BatchNorm.of(scope.child("final_bn"));
    head = Dense.of(scope.child("head"), classes);
  }

  /** The filter slots of WRN-d-k: 0 after the stem conv, i after block group i (1..3). */
  public static FilterPositions positions(int depth, int widen) {
    return new FilterPositions(
        "WRN-" + depth + "-" + widen, 0, 3, "0 after the stem conv, i after block group i");
  }

  static Conv2d conv(ParameterScope scope, int filters, int size, int stride) {
    return Conv2d.builder()
        .setFilters(filters)
        .setKernelSize(size)
        .optStride(stride)
        .optBias(false)
        .build(scope);
  }

  @Override
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> images, Mode mode, FilterTaps taps) {
    Operand<TFloat32> x = slot.at(tf, stem.apply(tf, images, mode), 0, taps);
    for (int g = 0; g < groups.size(); g++) {
      for (Block block : groups.get(g)) {
        x = block.apply(tf, x, mode);
      }
      x = slot.at(tf, x, g + 1, taps);
    }
    x = Activations.relu(tf, finalNorm.apply(tf, x, mode));
    return head.apply(tf, Pooling.globalAverage(tf, x), mode);
  }

  @Override
  public String name() {
    return name;
  }
}
