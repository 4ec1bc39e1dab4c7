package org.edgefilter.vision.tta;

import org.edgefilter.vision.model.Classifier;

/** No adaptation: the source model with its training-time normalization statistics. */
public final class Source implements TtaMethod {

  private final Classifier classifier;

  public Source(Classifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return "source";
  }

  @Override
  public float[] predict(float[] batch, int n) {
    return classifier.evalLogits(batch, n);
  }

  @Override
  public void reset() {}
}
