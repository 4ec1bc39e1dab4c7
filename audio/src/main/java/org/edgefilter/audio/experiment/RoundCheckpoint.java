package org.edgefilter.audio.experiment;

import java.nio.file.Path;
import org.edgefilter.audio.model.AudioClassifier;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.train.CheckpointStore;
import org.edgefilter.framework.train.TrainState;

/** The checkpoint of one round of a run: {@code <run>/checkpoint/<round>/}. */
final class RoundCheckpoint {

  private RoundCheckpoint() {}

  /**
   * Loads the model parameters (weights and BatchNorm statistics, not optimizer state) of {@code
   * round}'s last checkpoint in {@code runDirectory} into {@code classifier}.
   *
   * @return the checkpoint's training state
   * @throws IllegalArgumentException if the round has no checkpoint
   */
  static TrainState load(AudioClassifier classifier, Path runDirectory, Round round) {
    Path dir = runDirectory.resolve(RunDirectory.CHECKPOINT_DIR).resolve(round.name());
    CheckpointStore store = new CheckpointStore(dir);
    TrainState state =
        store
            .latest()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no checkpoint for round " + round.name() + " in " + dir));
    store.loadParameters(classifier.model(), state, classifier.modelParameters());
    return state;
  }

  /** The training state of {@code round}'s last checkpoint, without loading anything. */
  static TrainState state(Path runDirectory, Round round) {
    Path dir = runDirectory.resolve(RunDirectory.CHECKPOINT_DIR).resolve(round.name());
    return new CheckpointStore(dir)
        .latest()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no checkpoint for round " + round.name() + " in " + dir));
  }
}
