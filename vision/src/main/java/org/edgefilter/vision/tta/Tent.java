package org.edgefilter.vision.tta;

import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.nn.ParameterSnapshot;
import org.edgefilter.framework.train.StepResult;
import org.edgefilter.vision.model.Classifier;

/**
 * TENT (Wang et al., ICLR 2021): on each test batch, one Adam step that minimizes the mean softmax
 * entropy of the predictions, over the normalization layers' affine parameters only, with
 * normalization by the batch's statistics; the prediction is the forward pass the step was computed
 * from. For a ViT the normalization layers are LayerNorms (LN-TENT).
 */
public final class Tent implements TtaMethod {

  private final Classifier classifier;
  private final double learningRate;
  private final String name;
  private final ParameterSnapshot source;
  private final List<Double> entropies = new ArrayList<>();
  private long step;

  /** Snapshots the classifier's current adaptable parameters as the source to reset to. */
  public Tent(Classifier classifier, double learningRate, String name) {
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException(
          "TENT learning rate must be positive, got " + learningRate);
    }
    if (classifier.adaptableParameters().isEmpty()) {
      throw new IllegalArgumentException(
          "TENT needs normalization affine parameters; the model has none");
    }
    this.classifier = classifier;
    this.learningRate = learningRate;
    this.name = name;
    this.source = classifier.snapshotAdaptable();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public float[] predict(float[] batch, int n) {
    StepResult result = classifier.tentStep(batch, n, learningRate, step++);
    entropies.add(result.loss());
    return result.outputs()[0];
  }

  @Override
  public void reset() {
    classifier.resetAdaptation(source);
    entropies.clear();
    step = 0;
  }

  @Override
  public double[] entropyTrajectory() {
    return entropies.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
