package org.edgefilter.audio.experiment;

import java.util.Optional;
import org.edgefilter.audio.features.DatasetStats;
import org.edgefilter.framework.data.ArrayDataset;

/**
 * The model inputs of one round.
 *
 * @param round the round
 * @param train training examples {@code [n, frames, mels, 1]}, in the order of {@code
 *     round.train()}
 * @param test test examples, in the order of {@code round.test()}
 * @param stats the per-band statistics fitted on {@code train} only, for DATASET normalization
 */
public record RoundData(
    Round round, ArrayDataset train, ArrayDataset test, Optional<DatasetStats> stats) {}
