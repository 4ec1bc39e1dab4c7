package org.edgefilter.audio.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.edgefilter.audio.data.FsddRecording;
import org.edgefilter.audio.data.TestData;
import org.edgefilter.audio.data.UrbanSoundClip;
import org.edgefilter.audio.data.UrbanSoundFixture;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.io.MissingDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioCorpusTest {

  @TempDir Path dir;

  private static AudioConfig smoke(AudioDataset dataset, String... overrides) {
    return AudioPresets.resolve(dataset, "smoke", List.of(overrides));
  }

  @Test
  void leaveOneFoldOutNeverTrainsOnTheTestFold() {
    Path root =
        UrbanSoundFixture.write(
            dir.resolve("us8k"), new int[] {1, 2, 3, 5}, new int[] {1, 2, 3, 4, 5, 6});
    AudioCorpus corpus = AudioCorpus.urbanSound8k(smoke(AudioDataset.URBANSOUND8K), root);
    int[] folds = corpus.folds();
    assertEquals(
        List.of("fold1", "fold2", "fold3", "fold5"),
        corpus.rounds().stream().map(Round::name).toList());
    for (Round round : corpus.rounds()) {
      Set<Integer> trainFolds = new HashSet<>();
      for (int i : round.train()) {
        assertTrue(
            folds[i] != round.testFold(), round + " trains on clip " + i + " of its test fold");
        trainFolds.add(folds[i]);
      }
      for (int i : round.test()) {
        assertEquals(round.testFold(), folds[i], round + " tests on a clip of another fold");
      }
      Set<Integer> others =
          Set.of(1, 2, 3, 5).stream()
              .filter(f -> f != round.testFold())
              .collect(Collectors.toSet());
      assertEquals(others, trainFolds, "trains on every other present fold");
      assertEquals(List.copyOf(new java.util.TreeSet<>(others)), round.trainFolds());
      assertEquals(corpus.clips().size(), round.train().length + round.test().length);
      // The clip's own fold (from the metadata) agrees with the folder it was read from.
      for (int i : round.test()) {
        UrbanSoundClip clip = (UrbanSoundClip) corpus.clips().get(i);
        assertEquals("fold" + round.testFold(), clip.file().getParent().getFileName().toString());
      }
    }
  }

  @Test
  void testFoldsChooseTheHeldOutFoldsButTrainingStillUsesEveryOtherFold() {
    Path root =
        UrbanSoundFixture.write(dir.resolve("us8k"), new int[] {1, 2, 3}, new int[] {1, 2, 3});
    AudioCorpus corpus =
        AudioCorpus.urbanSound8k(smoke(AudioDataset.URBANSOUND8K, "testFolds=2"), root);
    assertEquals(1, corpus.rounds().size());
    Round round = corpus.rounds().get(0);
    assertEquals(2, round.testFold());
    assertEquals(List.of(1, 3), round.trainFolds());
    assertEquals("fold2/", round.metricPrefix());
    ConfigException absent =
        assertThrows(
            ConfigException.class,
            () -> AudioCorpus.urbanSound8k(smoke(AudioDataset.URBANSOUND8K, "testFolds=4"), root));
    assertTrue(absent.getMessage().contains("present: [1, 2, 3]"), absent.getMessage());
  }

  @Test
  void thinningKeepsEvenlySpacedClipsOfEachClass() {
    // Class 0 at positions 0..5, class 1 at 6..8; 2 per class: positions floor(i n / 2).
    int[] labels = {0, 0, 0, 0, 0, 0, 1, 1, 1};
    List<Integer> all = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertArrayEquals(new int[] {0, 3, 6, 7}, AudioCorpus.thin(all, labels, 2));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, AudioCorpus.thin(all, labels, 0));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, AudioCorpus.thin(all, labels, 10));
  }

  @Test
  void missingDatasetsNameTheExpectedPath() {
    DataLocator empty = DataLocator.locate(dir);
    MissingDataException us8k =
        assertThrows(
            MissingDataException.class,
            () -> AudioCorpus.load(smoke(AudioDataset.URBANSOUND8K), empty));
    assertTrue(
        us8k.getMessage()
            .contains(dir.resolve("urbansound8k/metadata/UrbanSound8K.csv").toString()),
        us8k.getMessage());
    MissingDataException fsdd =
        assertThrows(
            MissingDataException.class, () -> AudioCorpus.load(smoke(AudioDataset.FSDD), empty));
    assertTrue(
        fsdd.getMessage().contains(dir.resolve("fsdd/recordings").toString()), fsdd.getMessage());
  }

  @Test
  void fsddUsesTheStandardSplitAndThinsAcrossSpeakers() {
    Path data = TestData.root("FSDD standard split of the audio experiment");
    AudioCorpus full =
        AudioCorpus.load(
            smoke(AudioDataset.FSDD, "trainPerClass=0", "testPerClass=0"),
            DataLocator.locate(data));
    Round split = full.rounds().get(0);
    // The dataset's README: index 0-4 of each speaker and digit is test, 2700 / 300 recordings.
    assertEquals(2700, split.train().length);
    assertEquals(300, split.test().length);
    for (int i : split.test()) {
      assertTrue(((FsddRecording) full.clips().get(i)).index() < 5);
    }
    AudioCorpus thin = AudioCorpus.load(smoke(AudioDataset.FSDD), DataLocator.locate(data));
    Round small = thin.rounds().get(0);
    assertEquals(80, small.train().length);
    assertEquals(30, small.test().length);
    Set<String> speakers = new HashSet<>();
    for (int i : small.train()) {
      speakers.add(((FsddRecording) thin.clips().get(i)).speaker());
    }
    assertTrue(speakers.size() >= 4, "evenly spaced picks span speakers: " + speakers);
    assertFalse(small.name().isEmpty());
  }
}
