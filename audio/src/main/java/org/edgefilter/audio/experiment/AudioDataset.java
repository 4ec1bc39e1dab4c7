package org.edgefilter.audio.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.edgefilter.framework.cli.ConfigException;

/** The datasets of the audio study, with the folder each is expected in below the data root. */
public enum AudioDataset {
  /** Free Spoken Digit Dataset, standard split (index 0-4 test). Folder {@code fsdd/recordings}. */
  FSDD("fsdd", "fsdd/recordings"),
  /**
   * UrbanSound8K in its official layout, leave-one-fold-out over the present folds. Folder {@code
   * urbansound8k} holding {@code metadata/UrbanSound8K.csv} and {@code audio/fold1..fold10}.
   */
  URBANSOUND8K("urbansound8k", "urbansound8k");

  private final String id;
  private final String folder;

  AudioDataset(String id, String folder) {
    this.id = id;
    this.folder = folder;
  }

  /** The command-line and run-directory name: {@code fsdd} or {@code urbansound8k}. */
  public String id() {
    return id;
  }

  /** The dataset's folder relative to the data root. */
  public String folder() {
    return folder;
  }

  /**
   * The dataset named {@code text} (its id, case-insensitive).
   *
   * @throws ConfigException listing the valid names
   */
  public static AudioDataset parse(String text) {
    for (AudioDataset d : values()) {
      if (d.id.equalsIgnoreCase(text.trim()) || d.name().equalsIgnoreCase(text.trim())) {
        return d;
      }
    }
    throw new ConfigException(
        "unknown dataset '"
            + text
            + "'; valid: "
            + Arrays.stream(values()).map(AudioDataset::id).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id.toLowerCase(Locale.ROOT);
  }
}
