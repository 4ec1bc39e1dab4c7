package org.edgefilter.framework.io;

import static org.edgefilter.framework.io.ReleaseServer.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.edgefilter.framework.io.ArchiveUnpacker.Format;
import org.edgefilter.framework.io.ArchiveUnpacker.Mapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveUnpackerTest {

  @TempDir Path dir;

  private static Map<String, byte[]> entries(String... namesAndTexts) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      m.put(namesAndTexts[i], utf8(namesAndTexts[i + 1]));
    }
    return m;
  }

  @Test
  void tarGzFoldersAreMappedAndTheRestSkipped() throws Exception {
    String longName = "repo-1.0/recordings/" + "x".repeat(120) + ".wav";
    Path archive =
        Files.write(
            dir.resolve("a.tar.gz"),
            ReleaseServer.tarGz(
                entries(
                    "repo-1.0/README.md",
                    "readme",
                    "repo-1.0/recordings/0_a_0.wav",
                    "wav",
                    longName,
                    "long")));
    ArchiveUnpacker.Unpacked u =
        ArchiveUnpacker.unpack(
            archive,
            Format.of("a.tar.gz"),
            List.of(new Mapping("repo-1.0/recordings/", "fsdd/recordings")),
            dir.resolve("root"));
    assertEquals(2, u.files().size());
    assertEquals(1, u.skipped());
    assertEquals("wav", Files.readString(dir.resolve("root/fsdd/recordings/0_a_0.wav")));
    assertEquals(
        "long", Files.readString(dir.resolve("root/fsdd/recordings/" + "x".repeat(120) + ".wav")));
    assertFalse(Files.exists(dir.resolve("root/fsdd/README.md")));
  }

  @Test
  void zipFoldersAreMapped() throws Exception {
    Path archive =
        Files.write(
            dir.resolve("SST-2.zip"),
            ReleaseServer.zip(
                entries(
                    "SST-2/train.tsv", "sentence\tlabel\n", "__MACOSX/SST-2/._train.tsv", "junk")));
    ArchiveUnpacker.Unpacked u =
        ArchiveUnpacker.unpack(
            archive, Format.ZIP, List.of(new Mapping("SST-2/", "glue/SST-2")), dir);
    assertEquals(List.of(dir.resolve("glue/SST-2/train.tsv")), u.files());
    assertEquals(1, u.skipped());
  }

  @Test
  void entriesLeavingTheirFolderAreRefused() throws Exception {
    Path archive =
        Files.write(
            dir.resolve("evil.zip"), ReleaseServer.zip(entries("data/../../escaped.txt", "x")));
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                ArchiveUnpacker.unpack(
                    archive, Format.ZIP, List.of(new Mapping("data/", "d")), dir.resolve("root")));
    assertTrue(e.getMessage().contains("outside"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("escaped.txt")));
  }

  @Test
  void randomBytesAreNotAnArchiveAndTheMessageSaysSo() throws Exception {
    byte[] noise = new byte[4096];
    new Random(3).nextBytes(noise);
    Path zip = Files.write(dir.resolve("noise.zip"), noise);
    UncheckedIOException z =
        assertThrows(
            UncheckedIOException.class,
            () -> ArchiveUnpacker.unpack(zip, Format.ZIP, List.of(new Mapping("", "x")), dir));
    assertTrue(z.getMessage().contains("noise.zip is not a zip archive"), z.getMessage());
    Path tgz = Files.write(dir.resolve("noise.tar.gz"), noise);
    UncheckedIOException t =
        assertThrows(
            UncheckedIOException.class,
            () -> ArchiveUnpacker.unpack(tgz, Format.TAR_GZ, List.of(new Mapping("", "x")), dir));
    assertTrue(t.getMessage().contains("noise.tar.gz is not a gzip file"), t.getMessage());
  }

  @Test
  void aTruncatedTarGzNamesTheArchiveAndLeavesNoPartialFile() throws Exception {
    byte[] content = new byte[200_000];
    new Random(5).nextBytes(content);
    byte[] whole = ReleaseServer.tarGz(Map.of("d/big.bin", content));
    Path cut =
        Files.write(dir.resolve("cut.tar.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                ArchiveUnpacker.unpack(cut, Format.TAR_GZ, List.of(new Mapping("d/", "out")), dir));
    assertTrue(e.getMessage().contains("cut.tar.gz"), e.getMessage());
    try (var files = Files.walk(dir.resolve("out"))) {
      assertEquals(0, files.filter(Files::isRegularFile).count());
    } catch (java.nio.file.NoSuchFileException absent) {
      // Nothing was created at all: also fine.
    }
  }
}
