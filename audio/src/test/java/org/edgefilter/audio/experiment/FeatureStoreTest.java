package org.edgefilter.audio.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.edgefilter.audio.data.UrbanSoundFixture;
import org.edgefilter.audio.features.DatasetStats;
import org.edgefilter.audio.features.Spectrogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureStoreTest {

  @TempDir Path dir;

  @Test
  void datasetNormalizationIsFittedOnTheRoundsTrainingClipsOnly() {
    Path root = UrbanSoundFixture.write(dir, new int[] {1, 2, 3}, new int[] {1, 2, 3});
    AudioConfig config = AudioPresets.resolve(AudioDataset.URBANSOUND8K, "smoke", List.of());
    AudioCorpus corpus = AudioCorpus.urbanSound8k(config, root);
    FeatureStore store = new FeatureStore(corpus, config.features());
    Round round = corpus.rounds().get(0);
    RoundData data = store.prepare(round);
    DatasetStats stats = data.stats().orElseThrow();
    int mels = config.features().nMels();
    // Independent mean of band m over every frame of the training clips only.
    for (int m = 0; m < mels; m++) {
      double sum = 0;
      long count = 0;
      for (int i : round.train()) {
        Spectrogram s = store.raw(i);
        for (int t = 0; t < s.frames(); t++) {
          sum += s.get(t, m);
          count++;
        }
      }
      assertEquals(sum / count, stats.mean()[m], 1e-3, "band " + m);
    }
    // Test clips use the same statistics: value = (raw - mean) / std.
    int first = round.test()[0];
    Spectrogram raw = store.raw(first);
    float[] normalized = data.test().example(0);
    for (int m = 0; m < mels; m += 7) {
      double std = stats.std()[m] < 1e-5 ? 1 : stats.std()[m];
      assertEquals((raw.get(3, m) - stats.mean()[m]) / std, normalized[3 * mels + m], 1e-4);
    }
    assertEquals(round.train().length, data.train().size());
    assertEquals(corpus.clips().get(first).label(), data.test().label(0));
    assertTrue(store.extractedCount() <= corpus.clips().size());
  }
}
