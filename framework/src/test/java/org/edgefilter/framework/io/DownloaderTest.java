package org.edgefilter.framework.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a local server only; never the internet. */
class DownloaderTest {

  @TempDir Path dir;

  private ReleaseServer server;
  private final byte[] payload = new byte[300_000];
  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
  private Downloader downloader;

  @BeforeEach
  void start() throws Exception {
    new Random(7).nextBytes(payload);
    server = new ReleaseServer();
    server.serve("/data.bin", payload);
    downloader =
        Downloader.builder()
            .optClient(HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build())
            .optProgressOut(new PrintStream(progress, true, StandardCharsets.UTF_8))
            .optInteractive(false)
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void sha256OfAKnownVector() throws Exception {
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    Path file = Files.writeString(dir.resolve("abc"), "abc");
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Downloader.sha256(file));
  }

  @Test
  void fetchesVerifiesAndShowsProgress() throws Exception {
    Path target = dir.resolve("sub/data.bin");
    String sha = ReleaseServer.sha256(payload);
    assertEquals(target, downloader.fetch(server.url("/data.bin"), target, sha.toUpperCase()));
    assertArrayEquals(payload, Files.readAllBytes(target));
    assertTrue(
        progress.toString(StandardCharsets.UTF_8).contains("data.bin 300.0k/300.0k 100.0%"),
        progress.toString(StandardCharsets.UTF_8));
    assertOnly(target);

    // Already there with the right hash: no second request.
    downloader.fetch(server.url("/data.bin"), target, sha);
    assertEquals(1, server.requests().size());
  }

  @Test
  void aCutConnectionKeepsThePartAndTheNextFetchResumesWithARange() throws Exception {
    Path target = dir.resolve("data.bin");
    server.cutNextAfter("/data.bin", 120_000);
    Checksums expected =
        new Checksums(ReleaseServer.sha256(payload), ReleaseServer.md5(payload), payload.length);
    DownloadException cut =
        assertThrows(
            DownloadException.class,
            () -> downloader.fetch(server.url("/data.bin"), target, expected));
    // The server sent 120,000 bytes and closed; the client keeps what reached it.
    long kept = Files.size(Downloader.partFile(target));
    assertTrue(kept > 0 && kept <= 120_000, "kept " + kept);
    assertTrue(
        cut.getMessage().contains("cut off after " + kept + " of 300000 bytes"), cut.getMessage());
    assertTrue(cut.getMessage().contains("run the same command again to resume"), cut.getMessage());
    assertFalse(Files.exists(target), "an incomplete file never has the target's name");

    Downloader.Fetched fetched = downloader.fetch(server.url("/data.bin"), target, expected);
    assertEquals(List.of("/data.bin -", "/data.bin bytes=" + kept + "-"), server.requests());
    assertEquals(kept, fetched.resumedFrom());
    assertTrue(fetched.verified());
    assertArrayEquals(payload, Files.readAllBytes(target));
    assertOnly(target);
  }

  @Test
  void aStalePartLongerThanTheReleaseIsDiscarded() throws Exception {
    Path target = dir.resolve("data.bin");
    // A part longer than the release cannot be its prefix: it is discarded, not resumed.
    Files.write(Downloader.partFile(target), new byte[payload.length + 10]);
    Downloader.Fetched fetched =
        downloader.fetch(
            server.url("/data.bin"),
            target,
            new Checksums(ReleaseServer.sha256(payload), null, payload.length));
    assertEquals(0, fetched.resumedFrom());
    assertArrayEquals(payload, Files.readAllBytes(target));
  }

  @Test
  void mismatchDeletesThePartAndNamesTheFileAndBothDigests() throws Exception {
    Path target = dir.resolve("data.bin");
    String wrong = "0".repeat(64);
    DownloadException e =
        assertThrows(
            DownloadException.class,
            () -> downloader.fetch(server.url("/data.bin"), target, wrong));
    String m = e.getMessage();
    assertTrue(m.startsWith("SHA-256 mismatch for data.bin from " + server.url("/data.bin")), m);
    assertTrue(m.contains("expected SHA-256: " + wrong), m);
    assertTrue(m.contains("actual SHA-256:   " + ReleaseServer.sha256(payload)), m);
    assertTrue(m.contains("partial file was deleted"), m);
    assertFalse(Files.exists(target));
    assertFalse(Files.exists(Downloader.partFile(target)));
    assertOnly(null);

    // A published MD5 only (no SHA-256): a mismatch names both MD5s.
    DownloadException md5 =
        assertThrows(
            DownloadException.class,
            () ->
                downloader.fetch(
                    server.url("/data.bin"), target, new Checksums(null, "f".repeat(32), -1)));
    assertTrue(md5.getMessage().contains("MD5 mismatch"), md5.getMessage());
    assertTrue(
        md5.getMessage().contains("actual MD5:       " + ReleaseServer.md5(payload)),
        md5.getMessage());
  }

  @Test
  void withoutAPublishedDigestTheComputedOnesAreReturned() {
    Downloader.Fetched fetched =
        downloader.fetch(server.url("/data.bin"), dir.resolve("d.bin"), Checksums.none());
    assertFalse(fetched.verified());
    assertEquals(ReleaseServer.sha256(payload), fetched.sha256());
    assertEquals(ReleaseServer.md5(payload), fetched.md5());
    assertEquals(payload.length, fetched.size());
  }

  @Test
  void httpErrorIsClear() throws Exception {
    DownloadException notFound =
        assertThrows(
            DownloadException.class,
            () -> downloader.fetch(server.url("/nothing"), dir.resolve("x.bin"), "a".repeat(64)));
    assertTrue(notFound.getMessage().contains("HTTP 404"), notFound.getMessage());
    assertOnly(null);
  }

  @Test
  void malformedExpectedHashIsRejectedBeforeAnyRequest() {
    assertThrows(
        IllegalArgumentException.class,
        () -> downloader.fetch(server.url("/data.bin"), dir.resolve("d"), "abc"));
    assertEquals(0, server.requests().size());
  }

  /** No temporary or part file is left beside the target. */
  private void assertOnly(Path target) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(
          target == null ? List.of() : List.of(target),
          files.filter(Files::isRegularFile).toList());
    }
  }
}
