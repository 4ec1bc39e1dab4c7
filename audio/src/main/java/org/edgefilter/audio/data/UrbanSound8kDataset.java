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
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.edgefilter.framework.io.DataFormatException;

/**
 * UrbanSound8K (Salamon, Jacoby and Bello, ACM MM 2014) in its official layout: {@code
 * metadata/UrbanSound8K.csv} with the columns {@code
 * slice_file_name,fsID,start,end,salience,fold,classID,class} and the audio in {@code audio/fold1}
 * ... {@code audio/fold10}.
 *
 * <p>Any subset of the ten folds may be present: a fold is present when its directory exists, the
 * metadata rows of absent folds are counted ({@link #skippedRows()}) and left out, and {@link
 * #leaveOneFoldOut()} runs the official cross-validation over the present folds only. Every
 * metadata row is validated; an error names the CSV file and line.
 *
 * <p>The fold of a slice is what the CSV says. The dataset's authors put all slices of one
 * Freesound recording in one fold, but the official metadata (v2.0, 8,732 rows) has five recordings
 * whose slices sit in two folds (fsID 77751, 106905, 132016, 176638, 180937); they are kept as
 * listed and reported by {@link #crossFoldRecordings()} and in {@link #notices()}.
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
  private final SortedMap<Long, SortedSet<Integer>> crossFoldRecordings;
  private final SortedMap<Integer, Integer> skippedRowsByFold;
  private final Path csv;

  private UrbanSound8kDataset(
      Path directory,
      List<UrbanSoundClip> clips,
      SortedSet<Integer> folds,
      SortedMap<Long, SortedSet<Integer>> crossFoldRecordings,
      SortedMap<Integer, Integer> skippedRowsByFold) {
    this.directory = directory;
    this.csv = directory.resolve(METADATA_CSV);
    this.clips = List.copyOf(clips);
    this.folds = Collections.unmodifiableSortedSet(folds);
    this.crossFoldRecordings = Collections.unmodifiableSortedMap(crossFoldRecordings);
    this.skippedRowsByFold = Collections.unmodifiableSortedMap(skippedRowsByFold);
  }

  /**
   * Reads and validates the metadata of the dataset in {@code directory} and keeps the rows of the
   * folds whose {@code audio/foldN} directory exists.
   *
   * @throws IllegalArgumentException naming the CSV file and line for a malformed row, a row whose
   *     audio file is missing or a slice listed twice; or naming the expected paths when the
   *     metadata or every fold directory is missing
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
      throw new DataFormatException(
          csv,
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
    Map<Long, SortedSet<Integer>> foldsOfRecording = new HashMap<>();
    SortedMap<Integer, Integer> skipped = new TreeMap<>();
    Set<Integer> foldsWithRows = new HashSet<>();
    for (CsvLines.Row row : rows.subList(1, rows.size())) {
      UrbanSoundClip clip = parseRow(directory, csv, row);
      Integer previous = lineOfSlice.putIfAbsent(clip.sliceFileName(), row.line());
      if (previous != null) {
        throw rowError(csv, row, clip.sliceFileName() + " is already listed on line " + previous);
      }
      foldsOfRecording.computeIfAbsent(clip.fsId(), id -> new TreeSet<>()).add(clip.fold());
      if (!present.contains(clip.fold())) {
        skipped.merge(clip.fold(), 1, Integer::sum);
        continue;
      }
      if (!Files.isRegularFile(clip.file())) {
        throw rowError(csv, row, "audio file missing: expected " + clip.file());
      }
      foldsWithRows.add(clip.fold());
      clips.add(clip);
    }
    SortedMap<Long, SortedSet<Integer>> crossFold = new TreeMap<>();
    foldsOfRecording.forEach(
        (id, inFolds) -> {
          if (inFolds.size() > 1) {
            crossFold.put(id, Collections.unmodifiableSortedSet(inFolds));
          }
        });
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
    return new UrbanSound8kDataset(directory, clips, present, crossFold, skipped);
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

  private static DataFormatException rowError(Path csv, CsvLines.Row row, String problem) {
    return new DataFormatException(csv, csv + " line " + row.line() + ": " + problem);
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

  /**
   * The Freesound recordings whose slices the CSV puts in more than one fold (all folds, present or
   * not): fsID to its folds, ascending. Each slice keeps the fold its row gives.
   */
  public SortedMap<Long, SortedSet<Integer>> crossFoldRecordings() {
    return crossFoldRecordings;
  }

  /**
   * The metadata rows left out because their fold has no {@code audio/foldN} directory, by fold
   * (ascending; folds without skipped rows are absent).
   */
  public SortedMap<Integer, Integer> skippedRowsByFold() {
    return skippedRowsByFold;
  }

  /** Number of metadata rows left out because their fold has no audio directory. */
  public int skippedRows() {
    return skippedRowsByFold.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * What a user should know about how the metadata was read, one line each, ready to print: the
   * rows skipped for want of their fold's audio (if any) and the recordings split across folds (if
   * any), each said once. Empty when neither happened.
   */
  public List<String> notices() {
    List<String> lines = new ArrayList<>();
    if (!skippedRowsByFold.isEmpty()) {
      lines.add(
          "note: "
              + csv
              + ": "
              + skippedRows()
              + " of "
              + (skippedRows() + clips.size())
              + " rows skipped because their fold has no audio folder (folds "
              + ranges(new TreeSet<>(skippedRowsByFold.keySet()))
              + "; present: "
              + ranges(folds)
              + ")");
    }
    if (!crossFoldRecordings.isEmpty()) {
      StringBuilder list = new StringBuilder();
      List<Long> acrossPresent = new ArrayList<>();
      for (Map.Entry<Long, SortedSet<Integer>> e : crossFoldRecordings.entrySet()) {
        list.append(list.length() == 0 ? "" : "; ")
            .append(e.getKey())
            .append(" (folds ")
            .append(joined(e.getValue()))
            .append(')');
        if (e.getValue().stream().filter(folds::contains).count() > 1) {
          acrossPresent.add(e.getKey());
        }
      }
      lines.add(
          "warning: "
              + csv
              + ": "
              + crossFoldRecordings.size()
              + " Freesound recording(s) have slices in two or more folds, kept in the fold each"
              + " row gives: fsID "
              + list
              + (acrossPresent.isEmpty()
                  ? "; none spans two present folds, so no round tests on a recording it trains on"
                  : "; "
                      + acrossPresent
                      + " span present folds, so a round may test on a"
                      + " recording it trains on"));
    }
    return lines;
  }

  private static String joined(SortedSet<Integer> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** "2-9" for a run of consecutive values, "1, 3-4" otherwise. */
  private static String ranges(SortedSet<Integer> values) {
    List<String> parts = new ArrayList<>();
    Integer start = null;
    Integer last = null;
    for (int v : values) {
      if (last != null && v == last + 1) {
        last = v;
        continue;
      }
      if (start != null) {
        parts.add(start.equals(last) ? "" + start : start + "-" + last);
      }
      start = v;
      last = v;
    }
    if (start != null) {
      parts.add(start.equals(last) ? "" + start : start + "-" + last);
    }
    return String.join(", ", parts);
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
