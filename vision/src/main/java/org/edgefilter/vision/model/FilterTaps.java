package org.edgefilter.vision.model;

import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The feature maps at the filter's slot of one tower: its input and its output (equal to the input
 * for the baseline), so probes can measure both arms at the same place.
 */
public final class FilterTaps {

  private Operand<TFloat32> input;
  private Operand<TFloat32> output;

  void record(Operand<TFloat32> in, Operand<TFloat32> out) {
    if (input != null) {
      throw new IllegalStateException("a tower has one filter slot; it was recorded twice");
    }
    input = in;
    output = out;
  }

  /** The feature map entering the slot, if the tower passed it. */
  public Optional<Operand<TFloat32>> input() {
    return Optional.ofNullable(input);
  }

  /** The feature map leaving the slot. */
  public Optional<Operand<TFloat32>> output() {
    return Optional.ofNullable(output);
  }
}
