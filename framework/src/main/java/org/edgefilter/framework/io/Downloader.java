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
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edgefilter.framework.run.Progress;

/**
 * Fetches a URL to a file with a progress display, checking the bytes against {@link Checksums} as
 * they stream in, and resuming an interrupted download.
 *
 * <p>The bytes go to {@code <target>.part} beside the target. A connection that is cut leaves the
 * part file in place; the next {@link #fetch} of the same target asks the server for the rest with
 * an HTTP {@code Range: bytes=N-} request (RFC 9110, section 14.2) and appends the {@code 206
 * Partial Content} answer; a server that answers {@code 200} instead sends the whole file again,
 * which replaces the part. The part is renamed over the target only once every known digest
 * matches, so a file at the target name is always complete; on a mismatch the part is deleted (its
 * bytes are not the release) and the error names the file and both digests. A target that already
 * has the expected digests is not fetched again.
 */
public final class Downloader {

  private static final int BUFFER = 1 << 16;
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

  private final HttpClient client;
  private final Duration timeout;
  private final PrintStream progressOut;
  private final Boolean interactive;

  private Downloader(Builder b) {
    this.client =
        b.client != null
            ? b.client
            : HttpClient.newBuilder()
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
   * What {@link #fetch} produced.
   *
   * @param file the complete file
   * @param sha256 its SHA-256 as computed here (64 lower-case hex digits)
   * @param md5 its MD5 as computed here
   * @param size its size in bytes
   * @param verified whether it was checked against at least one expected digest
   * @param resumedFrom the byte offset a resumed download continued from; 0 if it started afresh,
   *     -1 if nothing was fetched (the target was already there)
   */
  public record Fetched(
      Path file, String sha256, String md5, long size, boolean verified, long resumedFrom) {}

  /**
   * Downloads {@code url} to {@code target} unless {@code target} already has {@code
   * expectedSha256}.
   *
   * @param expectedSha256 64 hex digits (case-insensitive)
   * @return {@code target}
   * @throws DownloadException on an HTTP error, a cut connection, or a SHA-256 mismatch
   */
  public Path fetch(URI url, Path target, String expectedSha256) {
    return fetch(url, target, Checksums.sha256(expectedSha256)).file();
  }

  /**
   * Downloads {@code url} to {@code target}, resuming {@code target.part} if an earlier attempt
   * left one, and checks the result against {@code expected}.
   *
   * @throws DownloadException on an HTTP status other than 200/206, a cut connection (the part file
   *     is kept for the next attempt), or a digest or size mismatch (the message names the file and
   *     both digests; the part file is deleted and nothing is left at {@code target})
   */
  public Fetched fetch(URI url, Path target, Checksums expected) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(expected, "expected");
    Path absolute = target.toAbsolutePath();
    if (Files.isRegularFile(absolute)) {
      Hashes existing = Hashes.of(absolute);
      if (expected.verifiable() && existing.matches(expected) == null) {
        return existing.fetched(absolute, true, -1);
      }
      if (!expected.verifiable()) {
        return existing.fetched(absolute, false, -1);
      }
      // A file with other content is at the target: fetch again and replace it when verified.
    }
    Path part = partFile(absolute);
    try {
      Files.createDirectories(absolute.getParent());
      Transfer transfer = download(url, part, expected.size());
      Hashes actual = transfer.hashes();
      String mismatch = actual.matches(expected);
      if (mismatch != null) {
        Files.deleteIfExists(part);
        throw new DownloadException(
            mismatch
                + " for "
                + absolute.getFileName()
                + " from "
                + url
                + "\n"
                + actual.compare(expected)
                + "\n  "
                + absolute
                + " was not written and the partial file was deleted. The server sent different"
                + " content than the release this project checks for; do not use it.");
      }
      AtomicFiles.moveIntoPlace(part, absolute);
      return actual.fetched(absolute, expected.verifiable(), transfer.resumedFrom());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + absolute, e);
    }
  }

  /** Where {@link #fetch} keeps the bytes of {@code target} until they are verified. */
  public static Path partFile(Path target) {
    Path absolute = target.toAbsolutePath();
    return absolute.resolveSibling(absolute.getFileName() + ".part");
  }

  private record Transfer(Hashes hashes, long resumedFrom) {}

  /** Streams {@code url} into {@code part}, continuing it if it has bytes already. */
  private Transfer download(URI url, Path part, long expectedSize) throws IOException {
    long have = Files.isRegularFile(part) ? Files.size(part) : 0;
    if (expectedSize >= 0 && have > expectedSize) {
      Files.delete(part);
      have = 0;
    }
    HttpResponse<InputStream> response = send(url, have);
    int status = response.statusCode();
    if (status == 416 && have > 0) {
      // Range not satisfiable: the part may hold more than the file; start over once.
      response.body().close();
      Files.delete(part);
      have = 0;
      response = send(url, 0);
      status = response.statusCode();
    }
    long start;
    long total;
    if (status == 206 && have > 0) {
      Matcher range =
          CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
      if (!range.matches() || Long.parseLong(range.group(1)) != have) {
        response.body().close();
        throw new DownloadException(
            "GET "
                + url
                + " with Range bytes="
                + have
                + "- answered "
                + "Content-Range '"
                + response.headers().firstValue("Content-Range").orElse("")
                + "'; delete "
                + part
                + " and download again");
      }
      start = have;
      total = range.group(3).equals("*") ? expectedSize : Long.parseLong(range.group(3));
    } else if (status == 200) {
      start = 0;
      long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      total = length >= 0 ? length : expectedSize;
    } else {
      response.body().close();
      throw new DownloadException("GET " + url + " returned HTTP " + status);
    }
    Hashes.Builder hashes = Hashes.builder();
    if (start > 0) {
      hashes.update(part);
    }
    long received = start;
    Progress.Builder progressBuilder =
        Progress.builder()
            .setLabel(fileName(url))
            .optTotal(Math.max(total, 0))
            .optStartStep(start)
            .optUnit("B")
            .optSiCounts(true)
            .optOut(progressOut);
    if (interactive != null) {
      progressBuilder.optInteractive(interactive);
    }
    Progress progress = progressBuilder.build();
    StandardOpenOption mode =
        start > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
    try (InputStream in = response.body();
        OutputStream out =
            Files.newOutputStream(
                part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        hashes.update(buffer, n);
        received += n;
        progress.update(received);
      }
    } catch (IOException e) {
      throw cutOff(url, part, received, total, e.getMessage(), e);
    }
    progress.finish();
    if (total >= 0 && received < total) {
      throw cutOff(url, part, received, total, "the server closed the connection", null);
    }
    return new Transfer(hashes.build(received), start);
  }

  private HttpResponse<InputStream> send(URI url, long from) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET();
    if (from > 0) {
      request.header("Range", "bytes=" + from + "-");
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadException("interrupted while requesting " + url, e);
    } catch (IOException e) {
      throw new DownloadException("could not connect to " + url + ": " + e.getMessage(), e);
    }
  }

  private static DownloadException cutOff(
      URI url, Path part, long received, long total, String why, Exception cause) {
    String message =
        "download of "
            + url
            + " was cut off after "
            + received
            + (total >= 0 ? " of " + total : "")
            + " bytes ("
            + why
            + "); the bytes received are kept"
            + " in "
            + part
            + ": run the same command again to resume from there";
    return cause == null ? new DownloadException(message) : new DownloadException(message, cause);
  }

  /** The SHA-256 of {@code file} as 64 lower-case hex digits. */
  public static String sha256(Path file) {
    return Hashes.of(file).sha256();
  }

  private static String fileName(URI url) {
    String path = url.getPath();
    if (path == null || path.isEmpty() || path.endsWith("/")) {
      return url.toString();
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** SHA-256, MD5 and size of some bytes. */
  private record Hashes(String sha256, String md5, long size) {

    static Hashes of(Path file) {
      Builder b = builder();
      b.update(file);
      try {
        return b.build(Files.size(file));
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + file, e);
      }
    }

    /** Null if these match every known field of {@code expected}; else what differs. */
    String matches(Checksums expected) {
      if (expected.size() >= 0 && expected.size() != size) {
        return "size mismatch";
      }
      if (expected.sha256() != null && !expected.sha256().equals(sha256)) {
        return "SHA-256 mismatch";
      }
      if (expected.md5() != null && !expected.md5().equals(md5)) {
        return "MD5 mismatch";
      }
      return null;
    }

    String compare(Checksums expected) {
      StringBuilder s = new StringBuilder();
      if (expected.sha256() != null) {
        s.append("  expected SHA-256: ").append(expected.sha256()).append('\n');
      }
      if (expected.md5() != null) {
        s.append("  expected MD5:     ").append(expected.md5()).append('\n');
      }
      if (expected.size() >= 0) {
        s.append("  expected size:    ").append(expected.size()).append(" bytes\n");
      }
      s.append("  actual SHA-256:   ").append(sha256).append('\n');
      if (expected.md5() != null) {
        s.append("  actual MD5:       ").append(md5).append('\n');
      }
      s.append("  actual size:      ").append(size).append(" bytes");
      return s.toString();
    }

    Fetched fetched(Path file, boolean verified, long resumedFrom) {
      return new Fetched(file, sha256, md5, size, verified, resumedFrom);
    }

    static Builder builder() {
      return new Builder();
    }

    static final class Builder {
      private final MessageDigest sha256 = digest("SHA-256");
      private final MessageDigest md5 = digest("MD5");

      void update(byte[] bytes, int n) {
        sha256.update(bytes, 0, n);
        md5.update(bytes, 0, n);
      }

      void update(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
          byte[] buffer = new byte[BUFFER];
          for (int n; (n = in.read(buffer)) >= 0; ) {
            update(buffer, n);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("could not read " + file, e);
        }
      }

      Hashes build(long size) {
        HexFormat hex = HexFormat.of();
        return new Hashes(hex.formatHex(sha256.digest()), hex.formatHex(md5.digest()), size);
      }

      private static MessageDigest digest(String algorithm) {
        try {
          return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
      }
    }
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
