package org.edgefilter.audio.data;

import java.nio.file.Path;

/** One labelled audio file of a dataset. */
public interface LabeledAudio {

  /** The WAV file. */
  Path file();

  /** The class index, in [0, number of classes). */
  int label();
}
