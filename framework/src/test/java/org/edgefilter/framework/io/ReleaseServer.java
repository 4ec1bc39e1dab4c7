package org.edgefilter.framework.io;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A local HTTP server (loopback only; tests never reach the internet) that serves byte arrays with
 * HTTP Range support, and can cut the first response of a path after a number of bytes, as a
 * dropped connection does. Also builds small tar.gz and zip archives in a release's layout.
 */
public final class ReleaseServer implements AutoCloseable {

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  private final HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, Long> cutAfter = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  /** Starts a server on a free loopback port. */
  public ReleaseServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves {@code bytes} at {@code path}; returns its URL. */
  public URI serve(String path, byte[] bytes) {
    files.put(path, bytes);
    return url(path);
  }

  /** The next response for {@code path} stops after {@code bytes} bytes. */
  public void cutNextAfter(String path, long bytes) {
    cutAfter.put(path, bytes);
  }

  /** The URL of {@code path} on this server. */
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Every request so far, as {@code "<path> <Range header or ->"}. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String range = exchange.getRequestHeaders().getFirst("Range");
    requests.add(path + " " + (range == null ? "-" : range));
    byte[] body = files.get(path);
    if (body == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    int from = 0;
    if (range != null) {
      Matcher m = RANGE.matcher(range);
      if (m.matches()) {
        from = Integer.parseInt(m.group(1));
      }
    }
    if (from > body.length) {
      exchange.getResponseHeaders().add("Content-Range", "bytes */" + body.length);
      exchange.sendResponseHeaders(416, -1);
      exchange.close();
      return;
    }
    if (from > 0) {
      exchange
          .getResponseHeaders()
          .add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
      exchange.sendResponseHeaders(206, body.length - from);
    } else {
      exchange.sendResponseHeaders(200, body.length);
    }
    Long cut = cutAfter.remove(path);
    OutputStream out = exchange.getResponseBody();
    int end = cut == null ? body.length : (int) Math.min(body.length, from + cut);
    out.write(body, from, end - from);
    out.flush();
    // Closing the exchange short of Content-Length drops the connection, as a cut one does.
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** The SHA-256 of {@code bytes}, lower-case hex. */
  public static String sha256(byte[] bytes) {
    return digest("SHA-256", bytes);
  }

  /** The MD5 of {@code bytes}, lower-case hex. */
  public static String md5(byte[] bytes) {
    return digest("MD5", bytes);
  }

  private static String digest(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A gzip-compressed tar of {@code entries} (name to content), in order. */
  public static byte[] tarGz(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A zip of {@code entries} (name to content), in order. */
  public static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** {@code text} as UTF-8 bytes. */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
