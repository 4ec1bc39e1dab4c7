package org.edgefilter.audio.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UrbanSound8K (Salamon, Jacoby and Bello, ACM MM 2014) in its official layout: {@code
 * metadata/UrbanSound8K.csv} with the columns {@code
 * slice_file_name,fsID,start,end,salience,fold,classID,class} and the audio in {@code audio/fold1}
 * ... {@code audio/fold10}.
 *
 * <p>Any subset of the ten folds may be present: a fold is present when its directory exists, the
 * metadata rows of absent folds are ignored, and {@link #leaveOneFoldOut()} runs the official
 * cross-validation over the present folds only. Every metadata row is validated; an error names the
 * CSV file and line.
 */
public final class UrbanSound8kDataset {

  /** Class names by class id, as listed on the dataset's page and in its metadata. */
  public static final List<String> CLASS_NAMES =
      List.of(
          "air_conditioner",
          "car_horn",
          "children_playing",
          "dog_bark",
          "drilling",
          "engine_idling",
          "gun_shot",
          "jackhammer",
          "siren",
          "street_music");

  /** Number of classes. */
  public static final int NUM_CLASSES = 10;

  /** Number of predefined folds in the full dataset. */
  public static final int NUM_FOLDS = 10;

  /** The metadata file below the dataset directory. */
  public static final String METADATA_CSV = "metadata/UrbanSound8K.csv";

  /** Clip length the dataset was cut to: slices are at most 4 s long. */
  public static final double CLIP_SECONDS = 4.0;

  private static final List<String> HEADER =
      List.of("slice_file_name", "fsID", "start", "end", "salience", "fold", "classID", "class");
  private static final Pattern SLICE_NAME = Pattern.compile("(\\d+)-(\\d+)-(\\d+)-(\\d+)\\.wav");

  private final Path directory;
  private final List<UrbanSoundClip> clips;
  private final SortedSet<Integer> folds;

  private UrbanSound8kDataset(
      Path directory, List<UrbanSoundClip> clips, SortedSet<Integer> folds) {
    this.directory = directory;
    this.clips = List.copyOf(clips);
    this.folds = Collections.unmodifiableSortedSet(folds);
  }

  /**
   * Reads and validates the metadata of the dataset in {@code directory} and keeps the rows of the
   * folds whose {@code audio/foldN} directory exists.
   *
   * @throws IllegalArgumentException naming the CSV file and line for a malformed row, a row whose
   *     audio file is missing, a slice listed twice, or a Freesound recording split across folds;
   *     or naming the expected paths when the metadata or every fold directory is missing
   */
  public static UrbanSound8kDataset load(Path directory) {
    Path csv = directory.resolve(METADATA_CSV);
    if (!Files.isRegularFile(csv)) {
      throw new IllegalArgumentException(
          "UrbanSound8K metadata not found: expected "
              + csv
              + " (the official layout: metadata/UrbanSound8K.csv and audio/fold1..fold10)");
    }
    SortedSet<Integer> present = new TreeSet<>();
    for (int fold = 1; fold <= NUM_FOLDS; fold++) {
      if (Files.isDirectory(foldDirectory(directory, fold))) {
        present.add(fold);
      }
    }
    if (present.isEmpty()) {
      throw new IllegalArgumentException(
          "UrbanSound8K audio not found: expected at least one of "
              + foldDirectory(directory, 1)
              + " ... "
              + foldDirectory(directory, NUM_FOLDS));
    }
    List<CsvLines.Row> rows = CsvLines.read(csv);
    if (rows.isEmpty() || !rows.get(0).fields().equals(HEADER)) {
      throw new IllegalArgumentException(
          csv
              + " line "
              + (rows.isEmpty() ? 1 : rows.get(0).line())
              + ": expected the header "
              + String.join(",", HEADER)
              + (rows.isEmpty()
                  ? ", found an empty file"
                  : ", found " + String.join(",", rows.get(0).fields())));
    }
    List<UrbanSoundClip> clips = new ArrayList<>();
    Map<String, Integer> lineOfSlice = new HashMap<>();
    Map<Long, int[]> foldAndLineOfRecording = new HashMap<>();
    Set<Integer> foldsWithRows = new HashSet<>();
    for (CsvLines.Row row : rows.subList(1, rows.size())) {
      UrbanSoundClip clip = parseRow(directory, csv, row);
      Integer previous = lineOfSlice.putIfAbsent(clip.sliceFileName(), row.line());
      if (previous != null) {
        throw rowError(csv, row, clip.sliceFileName() + " is already listed on line " + previous);
      }
      int[] seen =
          foldAndLineOfRecording.putIfAbsent(clip.fsId(), new int[] {clip.fold(), row.line()});
      if (seen != null && seen[0] != clip.fold()) {
        throw rowError(
            csv,
            row,
            "Freesound recording "
                + clip.fsId()
                + " is in fold "
                + clip.fold()
                + " here but in fold "
                + seen[0]
                + " on line "
                + seen[1]
                + "; slices of one recording must share a fold");
      }
      if (!present.contains(clip.fold())) {
        continue;
      }
      if (!Files.isRegularFile(clip.file())) {
        throw rowError(csv, row, "audio file missing: expected " + clip.file());
      }
      foldsWithRows.add(clip.fold());
      clips.add(clip);
    }
    for (int fold : present) {
      if (!foldsWithRows.contains(fold)) {
        throw new IllegalArgumentException(
            foldDirectory(directory, fold)
                + " exists but "
                + csv
                + " lists no clip of fold "
                + fold);
      }
    }
    return new UrbanSound8kDataset(directory, clips, present);
  }

  private static UrbanSoundClip parseRow(Path directory, Path csv, CsvLines.Row row) {
    List<String> f = row.fields();
    if (f.size() != HEADER.size()) {
      throw rowError(
          csv,
          row,
          "expected "
              + HEADER.size()
              + " fields ("
              + String.join(",", HEADER)
              + "), found "
              + f.size());
    }
    String name = f.get(0);
    Matcher m = SLICE_NAME.matcher(name);
    if (!m.matches()) {
      throw rowError(
          csv,
          row,
          "slice_file_name '" + name + "' is not [fsID]-[classID]-[occurrenceID]-[sliceID].wav");
    }
    long fsId = parseLong(csv, row, "fsID", f.get(1));
    double start = parseDouble(csv, row, "start", f.get(2));
    double end = parseDouble(csv, row, "end", f.get(3));
    int salience = (int) parseLong(csv, row, "salience", f.get(4));
    int fold = (int) parseLong(csv, row, "fold", f.get(5));
    int classId = (int) parseLong(csv, row, "classID", f.get(6));
    String className = f.get(7);
    if (start < 0 || !(end > start)) {
      throw rowError(csv, row, "expected 0 <= start < end, found start " + start + ", end " + end);
    }
    if (salience != 1 && salience != 2) {
      throw rowError(
          csv, row, "salience must be 1 (foreground) or 2 (background), found " + salience);
    }
    if (fold < 1 || fold > NUM_FOLDS) {
      throw rowError(csv, row, "fold must be 1.." + NUM_FOLDS + ", found " + fold);
    }
    if (classId < 0 || classId >= NUM_CLASSES) {
      throw rowError(csv, row, "classID must be 0.." + (NUM_CLASSES - 1) + ", found " + classId);
    }
    if (!CLASS_NAMES.get(classId).equals(className)) {
      throw rowError(
          csv,
          row,
          "class '"
              + className
              + "' does not match classID "
              + classId
              + " (expected '"
              + CLASS_NAMES.get(classId)
              + "')");
    }
    if (Long.parseLong(m.group(1)) != fsId || Integer.parseInt(m.group(2)) != classId) {
      throw rowError(
          csv,
          row,
          "slice_file_name '" + name + "' disagrees with fsID " + fsId + " / classID " + classId);
    }
    Path file = foldDirectory(directory, fold).resolve(name);
    return new UrbanSoundClip(file, name, fsId, start, end, salience, fold, classId, className);
  }

  private static long parseLong(Path csv, CsvLines.Row row, String column, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw rowError(csv, row, column + " must be an integer, found '" + text + "'");
    }
  }

  private static double parseDouble(Path csv, CsvLines.Row row, String column, String text) {
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with the same message as a non-finite value.
    }
    throw rowError(csv, row, column + " must be a finite number, found '" + text + "'");
  }

  private static IllegalArgumentException rowError(Path csv, CsvLines.Row row, String problem) {
    return new IllegalArgumentException(csv + " line " + row.line() + ": " + problem);
  }

  private static Path foldDirectory(Path directory, int fold) {
    return directory.resolve("audio").resolve("fold" + fold);
  }

  /** The dataset directory (holding metadata/ and audio/). */
  public Path directory() {
    return directory;
  }

  /** The clips of the present folds, in metadata order. */
  public List<UrbanSoundClip> clips() {
    return clips;
  }

  /** The folds whose audio directory exists, ascending. */
  public SortedSet<Integer> folds() {
    return folds;
  }

  /** The clips of one fold, in metadata order. */
  public List<UrbanSoundClip> fold(int fold) {
    return clips.stream().filter(c -> c.fold() == fold).toList();
  }

  /** Leave-one-fold-out over the present folds. */
  public FoldPlan leaveOneFoldOut() {
    return FoldPlan.leaveOneFoldOut(folds);
  }

  /**
   * The clips of {@code split}'s train folds and of its test fold.
   *
   * @throws IllegalArgumentException if the split names a fold that is not present
   */
  public Split<UrbanSoundClip> split(FoldSplit split) {
    Set<Integer> train = new HashSet<>(split.trainFolds());
    for (int fold : split.trainFolds()) {
      requirePresent(fold);
    }
    requirePresent(split.testFold());
    List<UrbanSoundClip> trainClips = clips.stream().filter(c -> train.contains(c.fold())).toList();
    return new Split<>(trainClips, fold(split.testFold()));
  }

  private void requirePresent(int fold) {
    if (!folds.contains(fold)) {
      throw new IllegalArgumentException(
          "fold " + fold + " is not present in " + directory + " (present: " + folds + ")");
    }
  }
}
