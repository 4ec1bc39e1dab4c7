package org.edgefilter.audio.data;

import java.nio.file.Path;

/**
 * One recording of the Free Spoken Digit Dataset, named {@code {digit}_{speaker}_{index}.wav}.
 *
 * @param file the WAV file (8 kHz mono 16-bit PCM in the official release)
 * @param digit the spoken digit, 0-9, which is also the label
 * @param speaker the speaker's name as it appears in the file name
 * @param index the repetition index of this digit by this speaker, 0-49
 */
public record FsddRecording(Path file, int digit, String speaker, int index)
    implements LabeledAudio {

  @Override
  public int label() {
    return digit;
  }

  /** Whether the standard split puts this recording in the test set (index 0-4). */
  public boolean isTest() {
    return index < FsddDataset.TEST_INDICES;
  }
}
