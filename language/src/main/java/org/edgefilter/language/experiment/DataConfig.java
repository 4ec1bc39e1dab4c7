package org.edgefilter.language.experiment;

/**
 * What data a run uses.
 *
 * @param vocabSize target size of the WordPiece vocabulary trained on the task's training split
 *     (special tokens included; no pretrained vocabulary is available offline)
 * @param trainLimit train on this many examples of the training split, drawn with the run seed (0 =
 *     all of it)
 * @param devLimit evaluate on the first this many dev examples (0 = all of them)
 */
public record DataConfig(int vocabSize, int trainLimit, int devLimit) {

  public DataConfig {
    if (vocabSize < 6) {
      throw new IllegalArgumentException(
          "vocabSize must exceed the 5 special tokens, got " + vocabSize);
    }
    if (trainLimit < 0 || devLimit < 0) {
      throw new IllegalArgumentException(
          "trainLimit and devLimit must be >= 0 (0 = all), got " + trainLimit + " and " + devLimit);
    }
  }
}
