package org.edgefilter.framework.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.edgefilter.framework.run.Progress;

/**
 * Fetches a URL to a file, checking its SHA-256 as the bytes stream in, with a progress display.
 * The bytes go to a temporary sibling first and are renamed over the target only once the hash
 * matches, so a target that exists is always complete and verified. A target that already has
 * the expected hash is not fetched again. Resuming a partial download is not supported.
 */
public final class Downloader {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final int BUFFER = 1 << 16;

  private final HttpClient client;
  private final Duration timeout;
  private final PrintStream progressOut;
  private final Boolean interactive;

  private Downloader(Builder b) {
    this.client = b.client != null ? b.client : HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(b.timeout)
        .build();
    this.timeout = b.timeout;
    this.progressOut = b.progressOut;
    this.interactive = b.interactive;
  }

  /** A builder; every option has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Downloads {@code url} to {@code target} unless {@code target} already has
   * {@code expectedSha256}.
   *
   * @param expectedSha256 64 hex digits (case-insensitive)
   * @return {@code target}
   * @throws DownloadException on an HTTP status other than 200, a cut connection, or a SHA-256
   *     mismatch (the message gives both hashes; nothing is left at {@code target})
   */
  public Path fetch(URI url, Path target, String expectedSha256) {
    Objects.requireNonNull(url, "url");
    String expected = Objects.requireNonNull(expectedSha256, "expectedSha256")
        .toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(expected).matches()) {
      throw new IllegalArgumentException(
          "expected SHA-256 must be 64 hex digits, got '" + expectedSha256 + "'");
    }
    Path absolute = target.toAbsolutePath();
    if (Files.isRegularFile(absolute) && sha256(absolute).equals(expected)) {
      return absolute;
    }
    Path tmp = null;
    try {
      Files.createDirectories(absolute.getParent());
      tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
      String actual = download(url, tmp);
      if (!actual.equals(expected)) {
        throw new DownloadException("SHA-256 mismatch for " + url + "\n  expected: " + expected
            + "\n  actual:   " + actual + " (" + Files.size(tmp) + " bytes)\n  " + absolute
            + " was not written. The server sent different content than the release this"
            + " project checks for; do not use it.");
      }
      AtomicFiles.moveIntoPlace(tmp, absolute);
      tmp = null;
      return absolute;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + absolute, e);
    } finally {
      AtomicFiles.deleteAfterFailure(tmp);
    }
  }

  /** Streams {@code url} into {@code file}; returns the SHA-256 (lower-case hex) of the bytes. */
  private String download(URI url, Path file) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadException("interrupted while requesting " + url, e);
    } catch (IOException e) {
      throw new DownloadException("could not connect to " + url + ": " + e.getMessage(), e);
    }
    long total = response.headers().firstValueAsLong("Content-Length").orElse(0);
    long received = 0;
    MessageDigest digest = newSha256();
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new DownloadException("GET " + url + " returned HTTP " + response.statusCode());
      }
      Progress.Builder progressBuilder = Progress.builder()
          .setLabel(fileName(url)).optTotal(total).optUnit("B").optSiCounts(true)
          .optOut(progressOut);
      if (interactive != null) {
        progressBuilder.optInteractive(interactive);
      }
      Progress progress = progressBuilder.build();
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[BUFFER];
        for (int n; (n = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, n);
          digest.update(buffer, 0, n);
          received += n;
          progress.update(received);
        }
      } catch (IOException e) {
        throw new DownloadException("download of " + url + " was cut off after " + received
            + (total > 0 ? " of " + total : "") + " bytes: " + e.getMessage(), e);
      }
      progress.finish();
    }
    if (total > 0 && received != total) {
      throw new DownloadException("download of " + url + " ended after " + received + " of "
          + total + " bytes");
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of {@code file} as 64 lower-case hex digits. */
  public static String sha256(Path file) {
    MessageDigest digest = newSha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String fileName(URI url) {
    String path = url.getPath();
    if (path == null || path.isEmpty() || path.endsWith("/")) {
      return url.toString();
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Builds a {@link Downloader}; all options are optional. */
  public static final class Builder {
    private HttpClient client;
    private Duration timeout = Duration.ofSeconds(60);
    private PrintStream progressOut = System.err;
    private Boolean interactive;

    private Builder() {}

    /** The HTTP client (default: follows redirects, connect timeout = {@link #optTimeout}). */
    public Builder optClient(HttpClient client) {
      this.client = client;
      return this;
    }

    /** Connect timeout and time to wait for the response headers (default 60 s). */
    public Builder optTimeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Where the progress display goes (default {@code System.err}). */
    public Builder optProgressOut(PrintStream progressOut) {
      this.progressOut = progressOut;
      return this;
    }

    /** Force the single-line or plain-line progress display (default: console detection). */
    public Builder optInteractive(boolean interactive) {
      this.interactive = interactive;
      return this;
    }

    /** The downloader; the timeout and the progress stream must be set. */
    public Downloader build() {
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(progressOut, "progressOut");
      return new Downloader(this);
    }
  }
}
