package org.edgefilter.audio.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edgefilter.framework.io.DataFormatException;

/**
 * The Free Spoken Digit Dataset (Jackson et al., github.com/Jakobovski/free-spoken-digit-dataset):
 * 8 kHz recordings of spoken digits named {@code {digit}_{speaker}_{index}.wav}. Its standard split
 * (stated in the dataset's README) puts index 0-4 of every speaker and digit in the test set and
 * index 5-49 in the train set: 2700 / 300 recordings for the 3000-file release.
 */
public final class FsddDataset {

  /** Number of classes (digits 0-9). */
  public static final int NUM_CLASSES = 10;

  /** The sample rate of the official recordings. */
  public static final int SAMPLE_RATE = 8000;

  /** Recordings with index below this are test recordings in the standard split. */
  public static final int TEST_INDICES = 5;

  /** Where the recordings sit below a data root. */
  public static final String RECORDINGS_DIR = "fsdd/recordings";

  private static final Pattern NAME = Pattern.compile("([0-9])_([A-Za-z]+)_([0-9]+)\\.wav");

  private final Path directory;
  private final List<FsddRecording> recordings;

  private FsddDataset(Path directory, List<FsddRecording> recordings) {
    this.directory = directory;
    this.recordings = List.copyOf(recordings);
  }

  /** Reads the listing of {@code dataRoot/fsdd/recordings}. */
  public static FsddDataset fromDataRoot(Path dataRoot) {
    return fromDirectory(dataRoot.resolve(RECORDINGS_DIR));
  }

  /**
   * Lists every {@code .wav} file in {@code recordingsDir}, sorted by digit, speaker and index.
   *
   * @throws IllegalArgumentException if the directory is missing or empty, or a WAV file's name is
   *     not {@code {digit}_{speaker}_{index}.wav}
   */
  public static FsddDataset fromDirectory(Path recordingsDir) {
    if (!Files.isDirectory(recordingsDir)) {
      throw new IllegalArgumentException(
          "FSDD recordings not found: expected a directory "
              + recordingsDir
              + " holding {digit}_{speaker}_{index}.wav files");
    }
    List<FsddRecording> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(recordingsDir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase().endsWith(".wav")) {
          continue;
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
          throw new DataFormatException(
              file,
              file
                  + ": FSDD file name must be {digit}_{speaker}_{index}.wav, e.g."
                  + " 7_jackson_32.wav");
        }
        found.add(
            new FsddRecording(
                file, Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + recordingsDir, e);
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "FSDD recordings not found: " + recordingsDir + " holds no .wav files");
    }
    found.sort(
        Comparator.comparingInt(FsddRecording::digit)
            .thenComparing(FsddRecording::speaker)
            .thenComparingInt(FsddRecording::index));
    return new FsddDataset(recordingsDir, found);
  }

  /** The directory the recordings were listed from. */
  public Path directory() {
    return directory;
  }

  /** Every recording, sorted by digit, speaker and index. */
  public List<FsddRecording> recordings() {
    return recordings;
  }

  /** The standard split: index 0-4 test, the rest train; both sorted as {@link #recordings()}. */
  public Split<FsddRecording> standardSplit() {
    List<FsddRecording> train = new ArrayList<>();
    List<FsddRecording> test = new ArrayList<>();
    for (FsddRecording r : recordings) {
      (r.isTest() ? test : train).add(r);
    }
    return new Split<>(train, test);
  }
}
