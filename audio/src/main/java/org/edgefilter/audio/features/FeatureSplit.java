package org.edgefilter.audio.features;

import java.util.Optional;

/**
 * Train and test features of one split.
 *
 * @param train training clips
 * @param test held-out clips
 * @param stats the dataset statistics fitted on {@code train} and applied to both, present only for
 *     {@link Normalization#DATASET}
 */
public record FeatureSplit(
    LabeledFeatures train, LabeledFeatures test, Optional<DatasetStats> stats) {}
