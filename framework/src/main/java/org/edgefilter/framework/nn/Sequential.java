package org.edgefilter.framework.nn;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Layers applied one after another; shapes follow from the layers. */
public final class Sequential implements Layer {

  private final List<Layer> layers;

  /** The layers, applied in list order. */
  public Sequential(List<Layer> layers) {
    this.layers = List.copyOf(layers);
  }

  /** The layers, applied in argument order. */
  public static Sequential of(Layer... layers) {
    return new Sequential(List.of(layers));
  }

  @Override
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
    Operand<TFloat32> y = x;
    for (Layer layer : layers) {
      y = layer.apply(tf, y, mode);
    }
    return y;
  }

  /** The layers in order. */
  public List<Layer> layers() {
    return layers;
  }
}
