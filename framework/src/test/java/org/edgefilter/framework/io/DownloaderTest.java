package org.edgefilter.framework.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a local server only; never the internet. */
class DownloaderTest {

  @TempDir Path dir;

  private HttpServer server;
  private final byte[] payload = new byte[300_000];
  private final AtomicInteger hits = new AtomicInteger();
  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
  private Downloader downloader;

  @BeforeEach
  void start() throws Exception {
    new Random(7).nextBytes(payload);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/data.bin", exchange -> {
      hits.incrementAndGet();
      exchange.sendResponseHeaders(200, payload.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(payload);
      }
    });
    server.createContext("/cut.bin", exchange -> {
      exchange.sendResponseHeaders(200, payload.length);
      OutputStream out = exchange.getResponseBody();
      out.write(payload, 0, 1000);
      out.flush();
      exchange.close();
    });
    server.start();
    downloader = Downloader.builder()
        .optClient(HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build())
        .optProgressOut(new PrintStream(progress, true, StandardCharsets.UTF_8))
        .optInteractive(false)
        .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void sha256OfAKnownVector() throws Exception {
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    Path file = Files.writeString(dir.resolve("abc"), "abc");
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Downloader.sha256(file));
  }

  @Test
  void fetchesVerifiesAndShowsProgress() throws Exception {
    Path target = dir.resolve("sub/data.bin");
    assertEquals(target, downloader.fetch(url("/data.bin"), target, sha256(payload).toUpperCase()));
    assertArrayEquals(payload, Files.readAllBytes(target));
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("data.bin 300.0k/300.0k 100.0%"),
        progress.toString(StandardCharsets.UTF_8));
    assertOnlyTarget(target);

    // Already there with the right hash: no second request.
    downloader.fetch(url("/data.bin"), target, sha256(payload));
    assertEquals(1, hits.get());
  }

  @Test
  void mismatchKeepsNothingAndSaysBothHashes() throws Exception {
    Path target = dir.resolve("data.bin");
    String wrong = "0".repeat(64);
    DownloadException e = assertThrows(DownloadException.class,
        () -> downloader.fetch(url("/data.bin"), target, wrong));
    assertTrue(e.getMessage().contains("expected: " + wrong), e.getMessage());
    assertTrue(e.getMessage().contains("actual:   " + sha256(payload)), e.getMessage());
    assertTrue(e.getMessage().contains(url("/data.bin").toString()), e.getMessage());
    assertFalse(Files.exists(target));
    assertOnlyTarget(null);
  }

  @Test
  void httpErrorAndCutConnectionAreClear() throws Exception {
    Path target = dir.resolve("x.bin");
    DownloadException notFound = assertThrows(DownloadException.class,
        () -> downloader.fetch(url("/nothing"), target, sha256(payload)));
    assertTrue(notFound.getMessage().contains("HTTP 404"), notFound.getMessage());
    DownloadException cut = assertThrows(DownloadException.class,
        () -> downloader.fetch(url("/cut.bin"), target, sha256(payload)));
    assertTrue(cut.getMessage().contains("of 300000 bytes"), cut.getMessage());
    assertFalse(Files.exists(target));
    assertOnlyTarget(null);
  }

  @Test
  void malformedExpectedHashIsRejectedBeforeAnyRequest() {
    assertThrows(IllegalArgumentException.class,
        () -> downloader.fetch(url("/data.bin"), dir.resolve("d"), "abc"));
    assertEquals(0, hits.get());
  }

  /** No temporary file is left beside the target. */
  private void assertOnlyTarget(Path target) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(target == null ? 0 : 1, files.filter(Files::isRegularFile).count());
    }
  }
}
