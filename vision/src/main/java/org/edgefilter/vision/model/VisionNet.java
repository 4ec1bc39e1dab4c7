package org.edgefilter.vision.model;

import org.edgefilter.framework.nn.Mode;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** An image classifier built from shared layers: each call builds one tower. */
public interface VisionNet {

  /**
   * Builds a tower.
   *
   * @param images NHWC {@code [batch, size, size, 3]}, normalized
   * @param mode TRAIN, EVAL or ADAPT
   * @param taps receives the filter slot's input and output, or null
   * @return logits {@code [batch, classes]}
   */
  Operand<TFloat32> apply(Ops tf, Operand<TFloat32> images, Mode mode, FilterTaps taps);

  /** The architecture's name, e.g. {@code wrn-16-4}. */
  String name();
}
