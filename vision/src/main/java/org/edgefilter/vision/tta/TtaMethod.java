package org.edgefilter.vision.tta;

/**
 * A test-time adaptation method over a {@link org.edgefilter.vision.model.Classifier} (after the
 * verbs of the TENT code: the model is configured when the method is made, the adapted variables
 * are chosen by the classifier, {@link #predict} adapts and predicts, {@link #reset} goes back to
 * the source weights).
 */
public interface TtaMethod {

  /**
   * The method's name in metric keys: {@code source}, {@code bn-norm}, {@code tent}, {@code
   * ln-tent}.
   */
  String name();

  /**
   * Predicts a test batch, adapting first if the method adapts.
   *
   * @param batch normalized NHWC images, {@code n} of them
   * @return logits {@code [n, classes]}
   */
  float[] predict(float[] batch, int n);

  /** Restores the source model (and clears any adaptation state). */
  void reset();

  /** Mean prediction entropy of each adaptation step since the last reset (empty if none). */
  default double[] entropyTrajectory() {
    return new double[0];
  }
}
