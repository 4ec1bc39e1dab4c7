package org.edgefilter.vision.corrupt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edgefilter.vision.data.ImageSet;

/**
 * A corrupted test set on disk, in one of the two public release layouts: CIFAR-10-C / CIFAR-100-C
 * ({@code <corruption>.npy} with the 5 severities stacked and {@code labels.npy}, {@link
 * CorruptedSetReader}) or Tiny-ImageNet-C ({@code <corruption>/<severity>/<wnid>/<file>}, {@link
 * TinyImageNetC}).
 */
public interface CorruptedImages {

  /** Images per severity of one corruption. */
  int imagesPerSeverity();

  /** The first {@code limit} images of {@code corruption} at {@code severity}, with labels. */
  ImageSet read(Corruption corruption, int severity, int limit);

  /**
   * Opens {@code dir} in whichever layout it has; labels index {@code classNames} (for
   * Tiny-ImageNet-C, the class names are the wnids).
   */
  static CorruptedImages open(Path dir, List<String> classNames) {
    if (Files.isRegularFile(dir.resolve(CorruptedSetWriter.LABELS_FILE))) {
      return CorruptedSetReader.open(dir, classNames);
    }
    if (TinyImageNetC.isLayout(dir)) {
      return TinyImageNetC.open(dir, classNames);
    }
    throw new IllegalArgumentException(
        "not a corrupted-set folder: "
            + dir
            + " has neither "
            + CorruptedSetWriter.LABELS_FILE
            + " (CIFAR-10-C layout) nor <corruption>/<1..5>/<wnid>/"
            + " folders (Tiny-ImageNet-C layout)");
  }
}
