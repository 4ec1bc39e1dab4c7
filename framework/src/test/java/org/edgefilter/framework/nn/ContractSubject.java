package org.edgefilter.framework.nn;

import java.util.List;
import org.edgefilter.framework.train.Feeds;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * One architecture built for {@link ModelContract}: its {@link Model}, one fixed batch, the
 * evaluation outputs with the shapes they must have for that batch, and a scalar training loss.
 * Closing the subject closes the model (and anything else the modality's wrapper owns).
 */
public interface ContractSubject extends AutoCloseable {

  /** The model whose parameters the contract inspects. */
  Model model();

  /**
   * The evaluation-mode outputs checked for shape and finiteness and compared across a checkpoint
   * round trip (logits, or a field's color and density).
   */
  List<Operand<TFloat32>> outputs();

  /** The shape each of {@link #outputs()} must have for the batch of {@link #feeds()}. */
  List<long[]> outputShapes();

  /** A scalar training-mode loss on the batch of {@link #feeds()}, differentiated by the kit. */
  Operand<TFloat32> loss();

  /**
   * A new set of feeds holding the same fixed batch (inputs and targets) every call; the caller
   * closes it.
   */
  Feeds feeds();

  /** Closes the model. */
  @Override
  void close();
}
