package org.edgefilter.audio.experiment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;
import org.edgefilter.audio.data.UrbanSound8kDataset;
import org.edgefilter.audio.features.FeatureConfig;
import org.edgefilter.audio.model.CnnConfig;
import org.edgefilter.audio.model.CnnShape;
import org.edgefilter.framework.filter.FilterConfig;

/**
 * Everything that determines one audio run; written to the run's {@code config.json} (snake_case
 * keys) and read back by {@code evaluate}. Presets are in {@link AudioPresets}; {@code --set} keys
 * are the component names, dotted for nested records ({@code filter.position=2}, {@code
 * train.epochs=5}).
 *
 * @param dataset which dataset and evaluation protocol
 * @param features the log-mel features (their shape is the model's input shape)
 * @param model the CNN's blocks and dropout
 * @param filter the EdgeFilter and its place in the CNN (see {@link CnnConfig} for positions)
 * @param train optimizer, epochs, batch size, augmentation
 * @param trainPerClass at most this many training clips per class in each round, picked evenly
 *     spaced in dataset order; 0 for all (smaller values make smoke tests fast)
 * @param testPerClass the same for the test side of each round; 0 for all
 * @param testFolds UrbanSound8K: the folds to hold out, one round each (training on every other
 *     present fold); empty for every present fold (the full protocol). Must be empty for FSDD.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AudioConfig(
    AudioDataset dataset,
    FeatureConfig features,
    CnnShape model,
    FilterConfig filter,
    TrainConfig train,
    int trainPerClass,
    int testPerClass,
    List<Integer> testFolds) {

  public AudioConfig {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(train, "train");
    new CnnConfig(model, Objects.requireNonNull(filter, "filter"));
    testFolds = testFolds == null ? List.of() : List.copyOf(testFolds);
    if (trainPerClass < 0 || testPerClass < 0) {
      throw new IllegalArgumentException(
          "train_per_class and test_per_class must be >= 0 (0 = all), got "
              + trainPerClass
              + " and "
              + testPerClass);
    }
    if (dataset == AudioDataset.FSDD && !testFolds.isEmpty()) {
      throw new IllegalArgumentException(
          "test_folds applies to UrbanSound8K only; FSDD uses its standard split");
    }
    for (int fold : testFolds) {
      if (fold < 1 || fold > UrbanSound8kDataset.NUM_FOLDS) {
        throw new IllegalArgumentException(
            "test_folds must be in 1.." + UrbanSound8kDataset.NUM_FOLDS + ", got " + testFolds);
      }
    }
  }

  /** The CNN's graph configuration: its shape and the filter. */
  public CnnConfig cnn() {
    return new CnnConfig(model, filter);
  }

  /** This configuration with another filter. */
  public AudioConfig withFilter(FilterConfig newFilter) {
    return new AudioConfig(
        dataset, features, model, newFilter, train, trainPerClass, testPerClass, testFolds);
  }
}
