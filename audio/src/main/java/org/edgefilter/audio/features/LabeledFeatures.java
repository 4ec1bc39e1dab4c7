package org.edgefilter.audio.features;

import java.nio.file.Path;
import java.util.List;

/**
 * Features with their labels, aligned by index.
 *
 * @param features one spectrogram per clip, each {@code [frames, mels, 1]}
 * @param labels shape {@code [clips]}, class indices
 * @param files the source file of each clip
 */
public record LabeledFeatures(List<Spectrogram> features, int[] labels, List<Path> files) {

  public LabeledFeatures {
    features = List.copyOf(features);
    files = List.copyOf(files);
    if (labels.length != features.size() || files.size() != features.size()) {
      throw new IllegalArgumentException(
          "features, labels and files differ in length: "
              + features.size()
              + ", "
              + labels.length
              + ", "
              + files.size());
    }
  }

  /** Number of clips. */
  public int size() {
    return features.size();
  }
}
