package org.edgefilter.audio.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.edgefilter.audio.data.UrbanSoundFixture;
import org.edgefilter.audio.data.WavFiles;
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

  private static PrintWriter sink(StringWriter text) {
    return new PrintWriter(text, true);
  }

  @Test
  void theSecondUseReadsTheCacheAndAnotherFeatureConfigOrFileMissesIt() throws Exception {
    Path root = UrbanSoundFixture.write(dir.resolve("us8k"), new int[] {1, 2}, new int[] {1, 2});
    AudioConfig config = AudioPresets.resolve(AudioDataset.URBANSOUND8K, "smoke", List.of());
    AudioCorpus corpus = AudioCorpus.urbanSound8k(config, root);
    Path cacheDir = dir.resolve("cache");

    StringWriter first = new StringWriter();
    FeatureStore.Extraction computed =
        FeatureStore.cached(corpus, config.features(), cacheDir).extract(sink(first));
    assertFalse(computed.fromCache(), first.toString());
    Path file = computed.cacheFile().orElseThrow();
    assertTrue(Files.isRegularFile(file), file.toString());
    assertTrue(first.toString().contains("computed"), first.toString());
    // Written atomically: nothing but the cache file is left in the folder.
    try (Stream<Path> files = Files.list(cacheDir)) {
      assertEquals(List.of(file), files.toList());
    }

    // Another process (a new store) gets the same key and reads the file. To show the values come
    // from the file, not from a new extraction, the file is rewritten with values no extraction
    // gives (each clip filled with its position), under the same key.
    FeatureCache cache = new FeatureCache(cacheDir);
    FeatureStore probe = FeatureStore.cached(corpus, config.features(), cacheDir);
    int[] used = probe.usedPositions();
    FeatureCache.Key key = cache.key(corpus, config.features(), used);
    assertEquals(file, cache.file(key));
    List<Spectrogram> marked = new ArrayList<>();
    long[] lengths = new long[used.length];
    int frames = config.features().frames();
    int mels = config.features().nMels();
    for (int i = 0; i < used.length; i++) {
      float[] values = new float[frames * mels];
      Arrays.fill(values, used[i]);
      marked.add(new Spectrogram(frames, mels, values));
      lengths[i] = 1000 + i;
    }
    cache.write(key, new FeatureCache.Entries(marked, lengths));
    StringWriter second = new StringWriter();
    FeatureStore.Extraction hit = probe.extract(sink(second));
    assertTrue(hit.fromCache(), second.toString());
    assertTrue(second.toString().contains("read from the cache"), second.toString());
    for (int p : used) {
      assertEquals((float) p, probe.raw(p).get(5, 7));
    }

    // The real features, computed again by a store without cache, equal what the first run cached.
    FeatureStore plain = new FeatureStore(corpus, config.features());
    FeatureStore fresh = FeatureStore.cached(corpus, config.features(), dir.resolve("cache2"));
    fresh.extract(sink(new StringWriter()));
    FeatureStore reread = FeatureStore.cached(corpus, config.features(), dir.resolve("cache2"));
    assertTrue(reread.extract(sink(new StringWriter())).fromCache());
    for (int p : used) {
      assertArrayEquals(plain.raw(p).values(), reread.raw(p).values(), "clip " + p);
    }

    // A change of the feature configuration is another key: computed, in a second file.
    var other = config.features().toBuilder().setNMels(32).build();
    FeatureStore.Extraction otherConfig =
        FeatureStore.cached(corpus, other, cacheDir).extract(sink(new StringWriter()));
    assertFalse(otherConfig.fromCache());
    assertNotEquals(file, otherConfig.cacheFile().orElseThrow());
    assertEquals(32, FeatureStore.cached(corpus, other, cacheDir).raw(used[0]).mels());
    assertTrue(
        FeatureStore.cached(corpus, other, cacheDir).extract(sink(new StringWriter())).fromCache());

    // So is a change of a data file (its modification time here).
    Path wav = corpus.clips().get(used[0]).file();
    Files.setLastModifiedTime(
        wav, FileTime.fromMillis(Files.getLastModifiedTime(wav).toMillis() + 60_000));
    assertNotEquals(key, cache.key(corpus, config.features(), used));
    assertFalse(
        FeatureStore.cached(corpus, config.features(), cacheDir)
            .extract(sink(new StringWriter()))
            .fromCache());
  }

  @Test
  void aDamagedCacheFileIsReportedAndRecomputed() throws Exception {
    Path root = UrbanSoundFixture.write(dir.resolve("us8k"), new int[] {1, 2}, new int[] {1, 2});
    AudioConfig config = AudioPresets.resolve(AudioDataset.URBANSOUND8K, "smoke", List.of());
    AudioCorpus corpus = AudioCorpus.urbanSound8k(config, root);
    Path cacheDir = dir.resolve("cache");
    Path file =
        FeatureStore.cached(corpus, config.features(), cacheDir)
            .extract(sink(new StringWriter()))
            .cacheFile()
            .orElseThrow();
    long size = Files.size(file);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size / 2);
    }
    StringWriter out = new StringWriter();
    FeatureStore.Extraction again =
        FeatureStore.cached(corpus, config.features(), cacheDir).extract(sink(out));
    assertFalse(again.fromCache());
    assertTrue(
        out.toString().contains("warning: feature cache " + file + " is truncated"),
        out.toString());
    assertEquals(size, Files.size(file));
  }

  @Test
  void anEmptyWavIsWarnedAboutCountedAndGivesTheFeaturesOfSilence() {
    Path root = UrbanSoundFixture.write(dir.resolve("us8k"), new int[] {1, 2}, new int[] {1, 2});
    AudioConfig config = AudioPresets.resolve(AudioDataset.URBANSOUND8K, "smoke", List.of());
    AudioCorpus corpus = AudioCorpus.urbanSound8k(config, root);
    int emptyPosition = 3;
    Path wav = corpus.clips().get(emptyPosition).file();
    WavFiles.writeMono16(wav, UrbanSoundFixture.RATE, new float[0]);

    StringWriter out = new StringWriter();
    FeatureStore store = FeatureStore.cached(corpus, config.features(), dir.resolve("cache"));
    FeatureStore.Extraction extraction = store.extract(sink(out));
    assertEquals(List.of(wav), extraction.emptyFiles());
    assertArrayEquals(new int[] {emptyPosition}, store.emptyClips());
    List<String> warnings = out.toString().lines().filter(l -> l.startsWith("warning:")).toList();
    assertEquals(1, warnings.size(), out.toString());
    assertTrue(warnings.get(0).contains("1 WAV file(s) hold 0 samples"), warnings.get(0));
    assertTrue(warnings.get(0).contains(wav.toString()), warnings.get(0));
    // Silence: every mel band at the log floor, 10 log10(1e-10) = -100 dB.
    for (float v : store.raw(emptyPosition).values()) {
      assertEquals(-100f, v, 1e-4f);
    }
    // The count survives the cache: a second store reads it from the file.
    FeatureStore second = FeatureStore.cached(corpus, config.features(), dir.resolve("cache"));
    FeatureStore.Extraction reread = second.extract(sink(new StringWriter()));
    assertTrue(reread.fromCache());
    assertEquals(List.of(wav), reread.emptyFiles());
  }
}
