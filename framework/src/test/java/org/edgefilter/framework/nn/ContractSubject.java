package org.edgefilter.framework.nn;

import java.util.List;
import java.util.function.Supplier;
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

  /**
   * A subject from its parts, for a modality whose wrapper already exposes them.
   *
   * @param model the wrapper's model
   * @param output the one evaluation output
   * @param outputShape its shape for the batch of {@code feeds}
   * @param loss the scalar training loss
   * @param feeds makes the fixed batch's feeds
   * @param close closes the wrapper (and with it the model)
   */
  static ContractSubject of(
      Model model,
      Operand<TFloat32> output,
      long[] outputShape,
      Operand<TFloat32> loss,
      Supplier<Feeds> feeds,
      Runnable close) {
    return new ContractSubject() {
      @Override
      public Model model() {
        return model;
      }

      @Override
      public List<Operand<TFloat32>> outputs() {
        return List.of(output);
      }

      @Override
      public List<long[]> outputShapes() {
        return List.of(outputShape.clone());
      }

      @Override
      public Operand<TFloat32> loss() {
        return loss;
      }

      @Override
      public Feeds feeds() {
        return feeds.get();
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }
}
