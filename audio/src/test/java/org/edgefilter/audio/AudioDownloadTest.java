package org.edgefilter.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.edgefilter.audio.data.UrbanSoundFixture;
import org.edgefilter.audio.data.WavFiles;
import org.edgefilter.audio.experiment.AudioCorpus;
import org.edgefilter.audio.experiment.AudioDataset;
import org.edgefilter.audio.experiment.AudioPresets;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.io.Downloader;
import org.edgefilter.framework.io.ReleaseServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audio download} against a local server serving archives in the real layouts. */
class AudioDownloadTest {

  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome audio(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new AudioCli(), new PrintWriter(out), new PrintWriter(err), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  /** Every file under {@code folder}, named {@code prefix + relative path}, in a map. */
  private static Map<String, byte[]> entries(Path folder, String prefix) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        entries.put(
            prefix + folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    }
    return entries;
  }

  @Test
  void urbanSound8kMd5MismatchCutResumeAndThePresetReadsIt() throws Exception {
    Path fixture =
        UrbanSoundFixture.write(dir.resolve("fixture"), new int[] {1, 2}, new int[] {1, 2, 3});
    Map<String, byte[]> entries = entries(fixture, "UrbanSound8K/");
    entries.put("UrbanSound8K/UrbanSound8K_README.txt", ReleaseServer.utf8("readme"));
    byte[] archive = ReleaseServer.tarGz(entries);
    Path data = dir.resolve("data");
    try (ReleaseServer server = new ReleaseServer()) {
      String url = server.serve("/UrbanSound8K.tar.gz", archive).toString();
      Outcome mismatch = audio("download", "urbansound8k", "--data", data.toString(), "--url", url);
      assertEquals(ExitCodes.DOWNLOAD_FAILED, mismatch.code(), mismatch.err());
      assertTrue(
          mismatch.err().startsWith("error: MD5 mismatch for UrbanSound8K.tar.gz"), mismatch.err());
      assertTrue(
          mismatch.err().contains("expected MD5:     9aa69802bbf37fb986f71ec1483a196e"),
          mismatch.err());
      assertTrue(
          mismatch.err().contains("actual MD5:       " + ReleaseServer.md5(archive)),
          mismatch.err());
      assertFalse(Files.exists(data.resolve("urbansound8k")));

      String sha = ReleaseServer.sha256(archive);
      server.cutNextAfter("/UrbanSound8K.tar.gz", archive.length / 4);
      Outcome cut =
          audio(
              "download", "urbansound8k", "--data", data.toString(), "--url", url, "--sha256", sha);
      assertEquals(ExitCodes.DOWNLOAD_FAILED, cut.code(), cut.err());
      long partAfterCut =
          Files.size(Downloader.partFile(data.resolve("downloads/UrbanSound8K.tar.gz")));
      assertTrue(partAfterCut > 0 && partAfterCut <= archive.length / 4, "kept " + partAfterCut);
      Outcome ok =
          audio(
              "download", "urbansound8k", "--data", data.toString(), "--url", url, "--sha256", sha);
      assertEquals(ExitCodes.OK, ok.code(), ok.err());
      assertEquals(
          "/UrbanSound8K.tar.gz bytes=" + partAfterCut + "-",
          server.requests().get(server.requests().size() - 1));
    }
    AudioCorpus corpus =
        AudioCorpus.load(
            AudioPresets.resolve(AudioDataset.URBANSOUND8K, "smoke", List.of()),
            DataLocator.locate(data));
    int expected;
    try (Stream<Path> wavs = Files.walk(fixture.resolve("audio"))) {
      expected = (int) wavs.filter(p -> p.toString().endsWith(".wav")).count();
    }
    assertEquals(expected, corpus.clips().size());
    assertEquals(List.of("fold1", "fold2"), corpus.rounds().stream().map(r -> r.name()).toList());
  }

  @Test
  void fsddIsUnverifiedSaysSoAndThePresetReadsIt() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("free-spoken-digit-dataset-1.0.10/README.md", ReleaseServer.utf8("FSDD"));
    for (int digit = 0; digit < 10; digit++) {
      for (String speaker : List.of("george", "jackson")) {
        for (int index = 0; index < 7; index++) {
          float[] samples = WavFiles.sine(300 + 50 * digit, 0.1, 8000, 800);
          long[] pcm = new long[samples.length];
          for (int i = 0; i < pcm.length; i++) {
            pcm[i] = Math.round(samples[i] * 32767);
          }
          entries.put(
              "free-spoken-digit-dataset-1.0.10/recordings/"
                  + digit
                  + "_"
                  + speaker
                  + "_"
                  + index
                  + ".wav",
              WavFiles.wav(
                  WavFiles.PCM, 1, 8000, 16, WavFiles.pcmData(16, pcm), false, new byte[0]));
        }
      }
    }
    byte[] archive = ReleaseServer.tarGz(entries);
    try (ReleaseServer server = new ReleaseServer()) {
      Outcome ok =
          audio(
              "download",
              "fsdd",
              "--data",
              dir.toString(),
              "--url",
              server.serve("/v1.0.10.tar.gz", archive).toString());
      assertEquals(ExitCodes.OK, ok.code(), ok.err());
      assertTrue(
          ok.out()
              .contains(
                  "NOT verified: no digest of the v1.0.10 archive is published."
                      + " Computed SHA-256 "
                      + ReleaseServer.sha256(archive)),
          ok.out());
    }
    assertFalse(Files.exists(dir.resolve("fsdd/README.md")), "only the recordings are unpacked");
    AudioCorpus corpus =
        AudioCorpus.load(
            AudioPresets.resolve(
                AudioDataset.FSDD, "smoke", List.of("trainPerClass=0", "testPerClass=0")),
            DataLocator.locate(dir));
    assertEquals(140, corpus.clips().size());
    // Indices 0-4 of each speaker and digit are the test split: 10 x 2 x 5.
    assertEquals(100, corpus.rounds().get(0).test().length);
  }

  @Test
  void missingDataNamesTheDownloadCommandWhichExists() {
    Outcome list = audio("download", "--list");
    assertEquals(ExitCodes.OK, list.code(), list.err());
    assertTrue(list.out().contains("urbansound8k ") && list.out().contains("fsdd "), list.out());
    Exception e =
        org.junit.jupiter.api.Assertions.assertThrows(
            Exception.class,
            () ->
                AudioCorpus.load(
                    AudioPresets.resolve(AudioDataset.FSDD, "smoke", List.of()),
                    DataLocator.locate(dir)));
    assertTrue(
        e.getMessage().contains("Fetch it with `./edgefilter audio download fsdd`"),
        e.getMessage());
  }
}
