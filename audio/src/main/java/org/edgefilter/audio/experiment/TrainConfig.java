package org.edgefilter.audio.experiment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;
import org.edgefilter.audio.features.SpecAugment;

/**
 * How each model is trained: Adam (Kingma and Ba 2015; betas 0.9, 0.999, epsilon 1e-8) with a
 * constant learning rate on shuffled mini-batches, optionally with SpecAugment masking of the
 * training inputs. The test side is evaluated once, after the last epoch (no model selection on
 * the test data).
 *
 * @param epochs passes over the training clips
 * @param batchSize clips per update (the last batch of an epoch may be smaller)
 * @param learningRate Adam's step size
 * @param specAugment training-time masking; all zeros for none
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrainConfig(int epochs, int batchSize, double learningRate, SpecAugment specAugment) {

  public TrainConfig {
    Objects.requireNonNull(specAugment, "specAugment");
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
    }
  }

  /** No masking. */
  public static SpecAugment noAugmentation() {
    return new SpecAugment(0, 0, 0, 0);
  }

  /** Whether any mask is drawn. */
  public boolean augments() {
    return (specAugment.freqMasks() > 0 && specAugment.maxFreqWidth() > 0)
        || (specAugment.timeMasks() > 0 && specAugment.maxTimeWidth() > 0);
  }
}
