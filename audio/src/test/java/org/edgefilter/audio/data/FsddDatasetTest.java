package org.edgefilter.audio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edgefilter.framework.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsddDatasetTest {

  @TempDir Path dir;

  @Test
  void realDataHas3000RecordingsSplit2700To300() {
    FsddDataset ds = FsddDataset.fromDataRoot(TestData.root("the real-data FSDD test"));
    List<FsddRecording> all = ds.recordings();
    assertEquals(3000, all.size());
    Split<FsddRecording> split = ds.standardSplit();
    assertEquals(2700, split.train().size());
    assertEquals(300, split.test().size());
    assertTrue(split.test().stream().allMatch(r -> r.index() < 5));
    assertTrue(split.train().stream().allMatch(r -> r.index() >= 5 && r.index() < 50));
    Set<Path> trainFiles = new HashSet<>();
    split.train().forEach(r -> trainFiles.add(r.file()));
    assertTrue(split.test().stream().noneMatch(r -> trainFiles.contains(r.file())));
    // Every speaker says every digit 5 times in the test set: 6 speakers x 10 digits x 5.
    Map<String, Integer> perSpeakerDigit = new HashMap<>();
    split
        .test()
        .forEach(r -> perSpeakerDigit.merge(r.speaker() + "/" + r.digit(), 1, Integer::sum));
    assertEquals(60, perSpeakerDigit.size());
    assertTrue(perSpeakerDigit.values().stream().allMatch(n -> n == 5));
  }

  @Test
  void everyRealRecordingDecodesAs8kMono16Bit() {
    FsddDataset ds = FsddDataset.fromDataRoot(TestData.root("the real-data FSDD test"));
    for (FsddRecording r : ds.recordings()) {
      AudioClip clip = WavReader.read(r.file());
      assertEquals(FsddDataset.SAMPLE_RATE, clip.sampleRate(), r.file().toString());
      assertEquals(1, clip.source().channels(), r.file().toString());
      assertEquals(16, clip.source().bitsPerSample(), r.file().toString());
      assertTrue(clip.samples().length > 1000, r.file().toString());
    }
  }

  @Test
  void parsesNamesAndRejectsForeignOnes() throws Exception {
    float[] tone = WavFiles.sine(300, 0.2, 8000, 800);
    WavFiles.writeMono16(dir.resolve("7_jackson_32.wav"), 8000, tone);
    WavFiles.writeMono16(dir.resolve("0_theo_4.wav"), 8000, tone);
    Files.writeString(dir.resolve("README.md"), "not audio");
    FsddDataset ds = FsddDataset.fromDirectory(dir);
    assertEquals(
        List.of(
            new FsddRecording(dir.resolve("0_theo_4.wav"), 0, "theo", 4),
            new FsddRecording(dir.resolve("7_jackson_32.wav"), 7, "jackson", 32)),
        ds.recordings());
    assertEquals(1, ds.standardSplit().test().size());
    assertEquals(7, ds.recordings().get(1).label());

    Path bad = dir.resolve("seven_jackson_1.wav");
    WavFiles.writeMono16(bad, 8000, tone);
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> FsddDataset.fromDirectory(dir));
    assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());

    Path missing = dir.resolve("nope");
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> FsddDataset.fromDirectory(missing));
    assertTrue(none.getMessage().contains(missing.toString()), none.getMessage());
  }
}
