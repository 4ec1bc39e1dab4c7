package org.edgefilter.audio.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.audio.data.FoldSplit;
import org.edgefilter.audio.data.FsddDataset;
import org.edgefilter.audio.data.FsddRecording;
import org.edgefilter.audio.data.Split;
import org.edgefilter.audio.data.TestData;
import org.edgefilter.audio.data.UrbanSound8kDataset;
import org.edgefilter.audio.data.UrbanSoundClip;
import org.edgefilter.audio.data.UrbanSoundFixture;
import org.edgefilter.audio.data.WavFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturePipelineTest {

  @TempDir Path dir;

  /** Half a second of a 1 kHz tone at 44.1 kHz in stereo float, left and right equal. */
  private Path stereoTone() {
    float[] mono = WavFiles.sine(1000, 0.5, 44100, 22050);
    float[] stereo = new float[2 * mono.length];
    for (int i = 0; i < mono.length; i++) {
      stereo[2 * i] = mono[i];
      stereo[2 * i + 1] = mono[i];
    }
    Path f = dir.resolve("tone.wav");
    WavFiles.writeFloat32(f, 44100, 2, stereo);
    return f;
  }

  @Test
  void resamplesMixesAndPadsToTheClipLength() {
    Path f = stereoTone();
    FeatureConfig zero =
        FeatureConfig.fsdd().toBuilder().optNormalization(Normalization.NONE).build();
    float[] w = new FeaturePipeline(zero).waveform(f);
    assertEquals(8000, w.length);
    double peak = 0;
    for (int i = 500; i < 3500; i++) {
      peak = Math.max(peak, Math.abs(w[i]));
    }
    assertEquals(0.5, peak, 0.01, "tone level kept through 44.1 kHz -> 8 kHz");
    for (int i = 4100; i < 8000; i++) {
      assertEquals(0f, w[i], 0f, "zero padding at " + i);
    }
    float[] looped =
        new FeaturePipeline(zero.toBuilder().optPadding(PaddingMode.LOOP).build()).waveform(f);
    for (int i = 4000; i < 8000; i++) {
      assertEquals(looped[i - 4000], looped[i], 0f, "loop padding at " + i);
    }

    Spectrogram s = new FeaturePipeline(zero).extract(f);
    assertArrayEquals(new long[] {101, 40, 1}, s.shape());
    int loudest = 0;
    for (int m = 1; m < 40; m++) {
      if (s.get(25, m) > s.get(25, loudest)) {
        loudest = m;
      }
    }
    double step = MelScale.SLANEY.hzToMel(4000) / 41;
    double lower = MelScale.SLANEY.melToHz(step * loudest);
    double upper = MelScale.SLANEY.melToHz(step * (loudest + 2));
    assertTrue(
        lower < 1000 && 1000 < upper, "band " + loudest + " spans " + lower + "-" + upper + " Hz");
    assertEquals(-100f, s.get(90, 10), 0f, "the padded second half is silence");
  }

  @Test
  void perClipNormalizationStandardizesEachClip() {
    FeatureConfig config =
        FeatureConfig.fsdd().toBuilder().optNormalization(Normalization.PER_CLIP).build();
    Spectrogram s = new FeaturePipeline(config).extract(stereoTone());
    double mean = s.mean();
    double sq = 0;
    for (float v : s.values()) {
      sq += (v - mean) * (v - mean);
    }
    assertEquals(0.0, mean, 1e-4);
    assertEquals(1.0, Math.sqrt(sq / s.values().length), 1e-4);
  }

  @Test
  void datasetStatisticsComeFromTheTrainFoldsOnly() {
    UrbanSound8kDataset ds =
        UrbanSound8kDataset.load(
            UrbanSoundFixture.write(dir, new int[] {1, 2, 3}, new int[] {1, 2, 3}));
    Split<UrbanSoundClip> split = ds.split(new FoldSplit(List.of(1, 2), 3));
    FeatureConfig config = FeatureConfig.urbanSound8k();
    FeatureSplit prepared = new FeaturePipeline(config).prepare(split);

    FeaturePipeline raw =
        new FeaturePipeline(config.toBuilder().optNormalization(Normalization.NONE).build());
    List<Spectrogram> rawTrain =
        raw.extractAll(split.train().stream().map(UrbanSoundClip::file).toList());
    List<Spectrogram> rawTest =
        raw.extractAll(split.test().stream().map(UrbanSoundClip::file).toList());
    DatasetStats expected = DatasetStats.fit(rawTrain);
    DatasetStats actual = prepared.stats().orElseThrow();
    assertArrayEquals(expected.mean(), actual.mean(), 1e-4f);
    assertArrayEquals(expected.std(), actual.std(), 1e-4f);
    List<Spectrogram> everything = new ArrayList<>(rawTrain);
    everything.addAll(rawTest);
    assertFalse(
        java.util.Arrays.equals(DatasetStats.fit(everything).mean(), actual.mean()),
        "test clips must not influence the statistics");

    assertEquals(split.train().size(), prepared.train().size());
    assertEquals(split.test().size(), prepared.test().size());
    for (int i = 0; i < split.test().size(); i++) {
      assertEquals(split.test().get(i).classId(), prepared.test().labels()[i]);
      assertArrayEquals(new long[] {126, 64, 1}, prepared.test().features().get(i).shape());
      assertArrayEquals(
          expected.apply(rawTest.get(i)).values(),
          prepared.test().features().get(i).values(),
          1e-4f);
    }
    // A 1.5 s slice is zero-padded to 4 s: its frames past 1.5 s are the log floor.
    int shortIndex = 1;
    assertEquals(
        1.5, split.train().get(shortIndex).end() - split.train().get(shortIndex).start(), 1e-9);
    Spectrogram padded = rawTrain.get(shortIndex);
    for (int m = 0; m < 64; m++) {
      assertEquals(-100f, padded.get(100, m), 0f);
    }
  }

  @Test
  void realFsddTestSetGivesFiniteFeaturesOfThePresetShape() {
    Path root = TestData.root("the real-data FSDD feature test");
    Split<FsddRecording> split = FsddDataset.fromDataRoot(root).standardSplit();
    FeaturePipeline pipeline = new FeaturePipeline(FeatureConfig.fsdd());
    List<Spectrogram> test =
        pipeline.extractAll(split.test().stream().map(FsddRecording::file).toList());
    assertEquals(300, test.size());
    for (Spectrogram s : test) {
      assertArrayEquals(new long[] {101, 40, 1}, s.shape());
      for (float v : s.values()) {
        assertTrue(Float.isFinite(v) && v >= -100f);
      }
    }
  }
}
