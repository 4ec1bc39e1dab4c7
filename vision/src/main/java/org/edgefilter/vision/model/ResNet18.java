package org.edgefilter.vision.model;

import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterPositions;
import org.edgefilter.framework.nn.Activations;
import org.edgefilter.framework.nn.BatchNorm;
import org.edgefilter.framework.nn.Conv2d;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.ParameterScope;
import org.edgefilter.framework.nn.Pooling;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * ResNet18 in the CIFAR style (He et al., CVPR 2016, with the 3x3 stem and no max-pool commonly
 * used for 32x32 inputs): stem conv3x3(64)-BN-ReLU, four layers of two post-activation basic blocks
 * (64, 128, 256, 512 channels; strides 1, 2, 2, 2), global average pooling, dense. {@code base}
 * scales the widths (64 for the paper; smaller for CPU).
 *
 * <p>Filter slots: 0 after the stem, 1..4 after layer 1..4 (paper default 2).
 */
public final class ResNet18 implements VisionNet {

  private final Conv2d stem;
  private final BatchNorm stemNorm;
  private final List<List<Block>> layers = new ArrayList<>();
  private final Dense head;
  private final FilterSlot slot;
  private final int base;

  private record Block(
      Conv2d conv1,
      BatchNorm bn1,
      Conv2d conv2,
      BatchNorm bn2,
      Conv2d shortcut,
      BatchNorm shortcutNorm) {

    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
      Operand<TFloat32> y = Activations.relu(tf, bn1.apply(tf, conv1.apply(tf, x, mode), mode));
      y = bn2.apply(tf, conv2.apply(tf, y, mode), mode);
      Operand<TFloat32> identity =
          shortcut == null ? x : shortcutNorm.apply(tf, shortcut.apply(tf, x, mode), mode);
      return Activations.relu(tf, tf.math.add(y, identity));
    }
  }

  /** The filter slots: 0 after the stem, i after layer i (1..4). */
  public static final FilterPositions POSITIONS =
      new FilterPositions("ResNet18", 0, 4, "0 after the stem, i after layer i");

  public ResNet18(ParameterScope scope, int base, int classes, FilterConfig filter) {
    if (base < 1) {
      throw new IllegalArgumentException("ResNet18 base width must be >= 1, got " + base);
    }
    this.base = base;
    this.slot = new FilterSlot(filter, 2, POSITIONS);
    stem = WideResNet.conv(scope.child("stem"), base, 3, 1);
    stemNorm = BatchNorm.of(scope.child("stem_bn"));
    int in = base;
    for (int l = 0; l < 4; l++) {
      int out = base << l;
      List<Block> blocks = new ArrayList<>();
      for (int b = 0; b < 2; b++) {
        ParameterScope s = scope.child("layer" + (l + 1)).child("block" + (b + 1));
        int stride = b == 0 && l > 0 ? 2 : 1;
        boolean project = stride != 1 || in != out;
        blocks.add(
            new Block(
                WideResNet.conv(s.child("conv1"), out, 3, stride),
                BatchNorm.of(s.child("bn1")),
                WideResNet.conv(s.child("conv2"), out, 3, 1),
                BatchNorm.of(s.child("bn2")),
                project ? WideResNet.conv(s.child("shortcut"), out, 1, stride) : null,
                project ? BatchNorm.of(s.child("shortcut_bn")) : null));
        in = out;
      }
      layers.add(blocks);
    }
    head = Dense.of(scope.child("head"), classes);
  }

  @Override
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> images, Mode mode, FilterTaps taps) {
    Operand<TFloat32> x =
        Activations.relu(tf, stemNorm.apply(tf, stem.apply(tf, images, mode), mode));
    x = slot.at(tf, x, 0, taps);
    for (int l = 0; l < layers.size(); l++) {
      for (Block block : layers.get(l)) {
        x = block.apply(tf, x, mode);
      }
      x = slot.at(tf, x, l + 1, taps);
    }
    return head.apply(tf, Pooling.globalAverage(tf, x), mode);
  }

  @Override
  public String name() {
    return base == 64 ? "resnet18" : "resnet18-w" + base;
  }
}
