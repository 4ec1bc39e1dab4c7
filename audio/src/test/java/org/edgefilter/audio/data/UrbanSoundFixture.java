package org.edgefilter.audio.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small UrbanSound8K in the official layout: {@code metadata/UrbanSound8K.csv} and {@code
 * audio/foldN/[fsID]-[classID]-[occurrenceID]-[sliceID].wav}. Each fold holds {@link
 * #RECORDINGS_PER_FOLD} Freesound recordings with {@link #SLICES_PER_RECORDING} slices each; every
 * recording stays in one fold, as in the real dataset. Slices are 8 kHz 16-bit tones whose length
 * alternates between 4 s and a shorter 1.5 s, so padding is exercised.
 */
public final class UrbanSoundFixture {

  public static final int RECORDINGS_PER_FOLD = 3;
  public static final int SLICES_PER_RECORDING = 2;
  public static final int RATE = 8000;
  public static final String HEADER = "slice_file_name,fsID,start,end,salience,fold,classID,class";

  private UrbanSoundFixture() {}

  /** The metadata rows for {@code folds}, header first. */
  public static List<String> rows(int... folds) {
    List<String> rows = new ArrayList<>();
    rows.add(HEADER);
    for (int fold : folds) {
      for (int r = 0; r < RECORDINGS_PER_FOLD; r++) {
        long fsId = 100000L * fold + 17 * r;
        int classId = (fold + r) % UrbanSound8kDataset.NUM_CLASSES;
        for (int slice = 0; slice < SLICES_PER_RECORDING; slice++) {
          double start = slice * 4.0;
          double seconds = seconds(slice);
          rows.add(
              String.join(
                  ",",
                  fsId + "-" + classId + "-0-" + slice + ".wav",
                  Long.toString(fsId),
                  Double.toString(start),
                  Double.toString(start + seconds),
                  Integer.toString(1 + r % 2),
                  Integer.toString(fold),
                  Integer.toString(classId),
                  UrbanSound8kDataset.CLASS_NAMES.get(classId)));
        }
      }
    }
    return rows;
  }

  /** Seconds of slice {@code slice}: 4 s for even slices, 1.5 s for odd ones. */
  public static double seconds(int slice) {
    return slice % 2 == 0 ? 4.0 : 1.5;
  }

  /**
   * Writes the dataset: metadata rows for {@code listedFolds} (as the official CSV lists every
   * fold) and audio only for {@code presentFolds}.
   */
  public static Path write(Path root, int[] presentFolds, int[] listedFolds) {
    List<String> rows = rows(listedFolds);
    writeCsv(root, rows);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      int fold = Integer.parseInt(f[5]);
      if (!contains(presentFolds, fold)) {
        continue;
      }
      int classId = Integer.parseInt(f[6]);
      int slice = Integer.parseInt(f[0].replace(".wav", "").split("-")[3]);
      int n = (int) Math.round(seconds(slice) * RATE);
      double hz = 200 + 300 * classId;
      WavFiles.writeMono16(
          root.resolve("audio/fold" + fold).resolve(f[0]), RATE, WavFiles.sine(hz, 0.3, RATE, n));
    }
    return root;
  }

  /** Replaces the metadata file with {@code rows}. */
  public static void writeCsv(Path root, List<String> rows) {
    try {
      Files.createDirectories(root.resolve("metadata"));
      Files.write(root.resolve(UrbanSound8kDataset.METADATA_CSV), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(int[] values, int v) {
    for (int x : values) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }
}
