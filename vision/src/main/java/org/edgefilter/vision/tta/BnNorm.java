package org.edgefilter.vision.tta;

import org.edgefilter.vision.model.Classifier;

/**
 * BN-Norm (test-time normalization; Schneider et al., NeurIPS 2020; Nado et al. 2020): BatchNorm
 * uses the statistics of each test batch instead of the training moving averages; no parameter
 * changes.
 */
public final class BnNorm implements TtaMethod {

  private final Classifier classifier;

  public BnNorm(Classifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return "bn-norm";
  }

  @Override
  public float[] predict(float[] batch, int n) {
    return classifier.adaptLogits(batch, n);
  }

  @Override
  public void reset() {}
}
