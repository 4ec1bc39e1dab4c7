package org.edgefilter.vision.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.vision.VisionCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tar extraction and the download command against a local HTTP server (never the internet). */
class DownloadTest {

  @TempDir Path dir;

  /** A ustar header block for {@code name} of {@code size} bytes and type {@code type}. */
  static byte[] header(String name, long size, char type) {
    byte[] h = new byte[512];
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(n, 0, h, 0, n.length);
    put(h, 100, String.format("%07o", 0644));
    put(h, 108, String.format("%07o", 0));
    put(h, 116, String.format("%07o", 0));
    put(h, 124, String.format("%011o", size));
    put(h, 136, String.format("%011o", 0));
    h[156] = (byte) type;
    put(h, 257, "ustar");
    put(h, 263, "00");
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, String.format("%06o", sum));
    h[154] = 0;
    return h;
  }

  private static void put(byte[] h, int at, String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, at, b.length);
  }

  static byte[] tar(String[] names, byte[][] contents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < names.length; i++) {
      out.write(header(names[i], contents[i].length, '0'));
      out.write(contents[i]);
      out.write(new byte[(512 - contents[i].length % 512) % 512]);
    }
    out.write(new byte[1024]);
    return out.toByteArray();
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void extractsGzippedTarAndRefusesEscapingEntries() throws Exception {
    byte[] payload = new byte[3073 * 2];
    payload[0] = 3;
    payload[3073] = 8;
    String longName = "cifar-10-batches-bin/" + "x".repeat(120) + ".bin";
    Path archive = dir.resolve("a.tar.gz");
    Files.write(archive, gzip(tar(new String[] {"cifar-10-batches-bin/test_batch.bin"}, new byte[][] {payload})));
    var files = TarExtractor.extract(archive, dir.resolve("out"));
    assertEquals(1, files.size());
    assertArrayEquals(payload, Files.readAllBytes(dir.resolve("out/cifar-10-batches-bin/test_batch.bin")));

    // GNU long names.
    ByteArrayOutputStream gnu = new ByteArrayOutputStream();
    byte[] nameBytes = (longName + "\0").getBytes(StandardCharsets.UTF_8);
    gnu.write(header("././@LongLink", nameBytes.length, 'L'));
    gnu.write(nameBytes);
    gnu.write(new byte[(512 - nameBytes.length % 512) % 512]);
    gnu.write(tar(new String[] {"short"}, new byte[][] {{1, 2, 3}}));
    Path gnuTar = dir.resolve("gnu.tar");
    Files.write(gnuTar, gnu.toByteArray());
    TarExtractor.extract(gnuTar, dir.resolve("gnu"));
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("gnu").resolve(longName)));

    Path evil = dir.resolve("evil.tar");
    Files.write(evil, tar(new String[] {"../../escaped.txt"}, new byte[][] {{1}}));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> TarExtractor.extract(evil, dir.resolve("safe")));
    assertTrue(e.getMessage().contains("outside"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("escaped.txt")));

    byte[] bytes = tar(new String[] {"f"}, new byte[][] {{1, 2}});
    bytes[130] = 'x'; // corrupt the size field: checksum or octal error, naming the archive
    Path broken = dir.resolve("broken.tar");
    Files.write(broken, bytes);
    UncheckedIOException b = assertThrows(UncheckedIOException.class, () -> TarExtractor.extract(broken, dir.resolve("b")));
    assertTrue(b.getMessage().contains("broken.tar"), b.getMessage());
  }

  @Test
  void downloadCommandChecksTheHashAndUnpacks() throws Exception {
    byte[] archive = gzip(tar(new String[] {"cifar-10-batches-bin/batches.meta.txt"},
        new byte[][] {"airplane\n".getBytes(StandardCharsets.US_ASCII)}));
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/cifar-10-binary.tar.gz", exchange -> {
      exchange.sendResponseHeaders(200, archive.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(archive);
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/cifar-10-binary.tar.gz";
      Path data = dir.resolve("data");
      StringWriter err = new StringWriter();
      int bad = Cli.execute(new VisionCli(), new PrintWriter(new StringWriter()), new PrintWriter(err),
          "download", "cifar10", "--data", data.toString(), "--url", url, "--sha256", "0".repeat(64));
      assertEquals(ExitCodes.DOWNLOAD_FAILED, bad, err.toString());
      assertFalse(Files.exists(data.resolve("cifar-10-batches-bin")));
      int ok = Cli.execute(new VisionCli(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
          "download", "cifar10", "--data", data.toString(), "--url", url, "--sha256", sha);
      assertEquals(0, ok);
      assertEquals("airplane\n", Files.readString(data.resolve("cifar-10-batches-bin/batches.meta.txt")));
      int noHash = Cli.execute(new VisionCli(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
          "download", "cifar10-c", "--data", data.toString());
      assertEquals(ExitCodes.USAGE, noHash);
    } finally {
      server.stop(0);
    }
  }
}
