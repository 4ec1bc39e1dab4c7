package org.edgefilter.audio.data;

import java.nio.file.Path;

/**
 * One row of UrbanSound8K's {@code metadata/UrbanSound8K.csv} with its audio file.
 *
 * @param file {@code audio/fold<fold>/<sliceFileName>}
 * @param sliceFileName {@code [fsID]-[classID]-[occurrenceID]-[sliceID].wav}
 * @param fsId the Freesound id of the recording the slice was cut from
 * @param start start of the slice in that recording, seconds
 * @param end end of the slice in that recording, seconds
 * @param salience 1 = foreground, 2 = background
 * @param fold the predefined fold, 1-10
 * @param classId the class index, 0-9 (see {@link UrbanSound8kDataset#CLASS_NAMES})
 * @param className the class name
 */
public record UrbanSoundClip(
    Path file,
    String sliceFileName,
    long fsId,
    double start,
    double end,
    int salience,
    int fold,
    int classId,
    String className)
    implements LabeledAudio {

  @Override
  public int label() {
    return classId;
  }
}
