package org.edgefilter.audio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.edgefilter.framework.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrbanSound8kDatasetTest {

  private static final int[] PRESENT = {1, 2, 5};
  private static final int[] ALL = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @TempDir Path root;

  private UrbanSound8kDataset fixture() {
    return UrbanSound8kDataset.load(UrbanSoundFixture.write(root, PRESENT, ALL));
  }

  @Test
  void keepsThePresentFoldsOnly() {
    UrbanSound8kDataset ds = fixture();
    assertEquals(new TreeSet<>(List.of(1, 2, 5)), ds.folds());
    int perFold = UrbanSoundFixture.RECORDINGS_PER_FOLD * UrbanSoundFixture.SLICES_PER_RECORDING;
    assertEquals(3 * perFold, ds.clips().size());
    for (UrbanSoundClip c : ds.clips()) {
      assertTrue(Files.isRegularFile(c.file()));
      assertEquals(root.resolve("audio/fold" + c.fold()).resolve(c.sliceFileName()), c.file());
      assertEquals(UrbanSound8kDataset.CLASS_NAMES.get(c.classId()), c.className());
      assertEquals(c.classId(), c.label());
    }
    assertEquals(perFold, ds.fold(5).size());
  }

  @Test
  void leaveOneFoldOutNeverMixesFoldsOrRecordings() {
    UrbanSound8kDataset ds = fixture();
    FoldPlan plan = ds.leaveOneFoldOut();
    assertEquals(3, plan.size());
    Set<Integer> tested = new TreeSet<>();
    for (FoldSplit fs : plan.splits()) {
      Split<UrbanSoundClip> split = ds.split(fs);
      tested.add(fs.testFold());
      assertFalse(fs.trainFolds().contains(fs.testFold()));
      assertTrue(split.test().stream().allMatch(c -> c.fold() == fs.testFold()));
      assertTrue(split.train().stream().noneMatch(c -> c.fold() == fs.testFold()));
      Set<Integer> trainFolds =
          split.train().stream().map(UrbanSoundClip::fold).collect(Collectors.toSet());
      assertEquals(new HashSet<>(fs.trainFolds()), trainFolds);
      Set<Long> trainRecordings =
          split.train().stream().map(UrbanSoundClip::fsId).collect(Collectors.toSet());
      assertTrue(
          split.test().stream().noneMatch(c -> trainRecordings.contains(c.fsId())),
          "a Freesound recording crosses folds in split " + fs);
      assertEquals(ds.clips().size(), split.train().size() + split.test().size());
    }
    assertEquals(ds.folds(), tested);
    assertThrows(IllegalArgumentException.class, () -> ds.split(new FoldSplit(List.of(1, 2), 3)));
  }

  @Test
  void foldPlanOverTheFullDataset() {
    FoldPlan plan = FoldPlan.leaveOneFoldOut(List.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1));
    assertEquals(10, plan.size());
    for (int i = 0; i < 10; i++) {
      FoldSplit fs = plan.splits().get(i);
      assertEquals(i + 1, fs.testFold());
      assertEquals(9, fs.trainFolds().size());
      assertFalse(fs.trainFolds().contains(fs.testFold()));
    }
    assertThrows(IllegalArgumentException.class, () -> FoldPlan.leaveOneFoldOut(List.of(4)));
    assertThrows(IllegalArgumentException.class, () -> new FoldSplit(List.of(1, 2), 2));
  }

  /** Loads after replacing data line {@code index} (1 = first clip) and checks the message. */
  private void rejectsRow(int index, String replacement, String... fragments) {
    UrbanSoundFixture.write(root, PRESENT, ALL);
    List<String> rows = new ArrayList<>(UrbanSoundFixture.rows(ALL));
    rows.set(index, replacement);
    UrbanSoundFixture.writeCsv(root, rows);
    rejects("line " + (index + 1), fragments);
  }

  private void rejects(String where, String... fragments) {
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> UrbanSound8kDataset.load(root));
    String csv = root.resolve(UrbanSound8kDataset.METADATA_CSV).toString();
    assertTrue(e.getMessage().contains(csv), "names the CSV: " + e.getMessage());
    assertTrue(e.getMessage().contains(where), where + " in: " + e.getMessage());
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' in: " + e.getMessage());
    }
  }

  @Test
  void csvErrorsNameFileAndLine() {
    String good = UrbanSoundFixture.rows(ALL).get(3);
    String[] f = good.split(",");
    rejectsRow(3, good + ",extra", "expected 8 fields", "found 9");
    rejectsRow(
        3, good.replace("," + f[5] + "," + f[6] + ",", ",11," + f[6] + ","), "fold must be 1..10");
    rejectsRow(
        3,
        good.replace(f[7], "dog_bark".equals(f[7]) ? "siren" : "dog_bark"),
        "does not match classID");
    rejectsRow(3, good.replaceFirst("," + f[1] + ",", ",12x,"), "fsID must be an integer");
    rejectsRow(3, good.replace(f[0], "noise.wav"), "[fsID]-[classID]-[occurrenceID]-[sliceID].wav");
    rejectsRow(3, good.replace("," + f[2] + "," + f[3] + ",", ",5.0,1.0,"), "start < end");
    rejectsRow(3, good.replace("," + f[4] + "," + f[5] + ",", ",3," + f[5] + ","), "salience");
    rejectsRow(4, good, "already listed on line 4");
  }

  /** Moves the slice on data line {@code index} (1 = first clip) to {@code fold}. */
  private static void moveToFold(List<String> rows, int index, int fold) {
    String[] f = rows.get(index).split(",");
    f[5] = Integer.toString(fold);
    rows.set(index, String.join(",", f));
  }

  @Test
  void recordingSplitAcrossFoldsIsKeptWhereTheCsvPutsEachSliceAndReportedOnce() throws Exception {
    UrbanSoundFixture.write(root, PRESENT, ALL);
    List<String> rows = new ArrayList<>(UrbanSoundFixture.rows(ALL));
    // As in the official metadata: some slices of a recording sit in another fold. Line 3 is the
    // second slice of fold 1's first recording (present fold 1 -> present fold 2); a slice of a
    // fold-3 recording moves to fold 4 (both folds without audio).
    int movedPresent = 2;
    moveToFold(rows, movedPresent, 2);
    int perFold = UrbanSoundFixture.RECORDINGS_PER_FOLD * UrbanSoundFixture.SLICES_PER_RECORDING;
    int movedAbsent = 2 * perFold + 2;
    moveToFold(rows, movedAbsent, 4);
    UrbanSoundFixture.writeCsv(root, rows);
    String movedName = rows.get(movedPresent).split(",")[0];
    long presentId = Long.parseLong(rows.get(movedPresent).split(",")[1]);
    long absentId = Long.parseLong(rows.get(movedAbsent).split(",")[1]);
    // The slice's file is where its (new) fold says.
    Path from = root.resolve("audio/fold1").resolve(movedName);
    Files.move(from, root.resolve("audio/fold2").resolve(movedName));

    UrbanSound8kDataset ds = UrbanSound8kDataset.load(root);

    UrbanSoundClip moved =
        ds.clips().stream().filter(c -> c.sliceFileName().equals(movedName)).findFirst().get();
    assertEquals(2, moved.fold());
    assertEquals(perFold - 1, ds.fold(1).size());
    assertEquals(perFold + 1, ds.fold(2).size());
    assertEquals(List.of(presentId, absentId), new ArrayList<>(ds.crossFoldRecordings().keySet()));
    assertEquals(Set.of(1, 2), ds.crossFoldRecordings().get(presentId));
    assertEquals(Set.of(3, 4), ds.crossFoldRecordings().get(absentId));

    List<String> warnings = ds.notices().stream().filter(n -> n.startsWith("warning: ")).toList();
    assertEquals(1, warnings.size(), "one warning: " + ds.notices());
    String warning = warnings.get(0);
    assertTrue(warning.contains(root.resolve(UrbanSound8kDataset.METADATA_CSV).toString()));
    assertTrue(warning.contains("2 Freesound recording(s)"), warning);
    assertTrue(warning.contains(presentId + " (folds 1, 2)"), warning);
    assertTrue(warning.contains(absentId + " (folds 3, 4)"), warning);
    assertTrue(warning.contains("[" + presentId + "] span present folds"), warning);

    // Rows of folds without audio: 7 absent folds of the fixture's 10, counted and said once.
    assertEquals(7 * perFold, ds.skippedRows());
    List<String> notes = ds.notices().stream().filter(n -> n.startsWith("note: ")).toList();
    assertEquals(1, notes.size(), ds.notices().toString());
    assertTrue(
        notes.get(0).contains(7 * perFold + " of " + 10 * perFold + " rows skipped"), notes.get(0));
    assertTrue(notes.get(0).contains("folds 3-4, 6-10; present: 1-2, 5"), notes.get(0));
  }

  @Test
  void noNoticesWhenEveryFoldIsPresentAndRecordingsStayInTheirFold() {
    int[] three = {1, 2, 3};
    UrbanSound8kDataset ds = UrbanSound8kDataset.load(UrbanSoundFixture.write(root, three, three));
    assertEquals(List.of(), ds.notices());
    assertEquals(0, ds.skippedRows());
    assertTrue(ds.crossFoldRecordings().isEmpty());
  }

  /** The official metadata (v2.0) in the shared data: folds 1 and 10 have audio. */
  @Test
  void realMetadataIsAcceptedAndItsFiveCrossFoldRecordingsAreNamed() {
    Path data = TestData.root("the UrbanSound8K metadata check on the real CSV");
    UrbanSound8kDataset ds = UrbanSound8kDataset.load(data.resolve("urbansound8k"));
    assertEquals(Set.of(1, 10), ds.folds());
    // The dataset's page: fold 1 has 873 slices, fold 10 has 837; 8732 in all.
    assertEquals(873, ds.fold(1).size());
    assertEquals(837, ds.fold(10).size());
    assertEquals(8732 - 873 - 837, ds.skippedRows());
    assertEquals(
        List.of(77751L, 106905L, 132016L, 176638L, 180937L),
        new ArrayList<>(ds.crossFoldRecordings().keySet()));
    assertEquals(Set.of(1, 8), ds.crossFoldRecordings().get(106905L));
    assertEquals(Set.of(2, 7), ds.crossFoldRecordings().get(77751L));
    String warning =
        ds.notices().stream().filter(n -> n.startsWith("warning: ")).findFirst().orElseThrow();
    for (long id : ds.crossFoldRecordings().keySet()) {
      assertTrue(warning.contains(Long.toString(id)), id + " in " + warning);
    }
    // None of them has slices in both fold 1 and fold 10, so neither round trains on a recording
    // it tests on.
    assertTrue(warning.contains("none spans two present folds"), warning);
    Set<Long> fold1 = ds.fold(1).stream().map(UrbanSoundClip::fsId).collect(Collectors.toSet());
    assertTrue(ds.fold(10).stream().noneMatch(c -> fold1.contains(c.fsId())));
  }

  @Test
  void missingPiecesAreNamed() throws Exception {
    UrbanSoundFixture.write(root, PRESENT, ALL);
    List<String> rows = UrbanSoundFixture.rows(ALL);
    String firstOfFold5 =
        rows.stream().skip(1).filter(r -> r.split(",")[5].equals("5")).findFirst().orElseThrow();
    Path wav = root.resolve("audio/fold5").resolve(firstOfFold5.split(",")[0]);
    Files.delete(wav);
    rejects("line " + (rows.indexOf(firstOfFold5) + 1), "audio file missing", wav.toString());

    UrbanSoundFixture.writeCsv(root, List.of("file,fsID,start,end,salience,fold,classID,class"));
    rejects("line 1", "expected the header");

    Files.delete(root.resolve(UrbanSound8kDataset.METADATA_CSV));
    IllegalArgumentException noCsv =
        assertThrows(IllegalArgumentException.class, () -> UrbanSound8kDataset.load(root));
    assertTrue(noCsv.getMessage().contains("metadata/UrbanSound8K.csv"), noCsv.getMessage());

    Path empty = root.resolve("empty");
    UrbanSoundFixture.writeCsv(empty, UrbanSoundFixture.rows(ALL));
    IllegalArgumentException noAudio =
        assertThrows(IllegalArgumentException.class, () -> UrbanSound8kDataset.load(empty));
    assertTrue(noAudio.getMessage().contains("fold1"), noAudio.getMessage());
  }
}
