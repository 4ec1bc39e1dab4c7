package org.edgefilter.framework.io;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a downloaded file is checked against: its SHA-256 and/or its MD5 (as published by the
 * dataset's maintainers or pinned by a dataset library), and its size in bytes. Any of them may be
 * absent; a file with neither digest cannot be verified, and the downloader then reports and
 * records the digests it computed instead.
 *
 * @param sha256 64 lower-case hex digits, or null
 * @param md5 32 lower-case hex digits, or null
 * @param size the size in bytes, or -1 when not known
 */
public record Checksums(String sha256, String md5, long size) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");

  /** Normalizes to lower case and checks the digits. */
  public Checksums {
    sha256 = normalize(sha256, SHA256, "SHA-256", 64);
    md5 = normalize(md5, MD5, "MD5", 32);
    if (size < -1) {
      throw new IllegalArgumentException("size must be >= 0 or -1 (unknown), got " + size);
    }
  }

  /** Only a SHA-256. */
  public static Checksums sha256(String sha256) {
    return new Checksums(java.util.Objects.requireNonNull(sha256, "sha256"), null, -1);
  }

  /** Nothing to check against. */
  public static Checksums none() {
    return new Checksums(null, null, -1);
  }

  /** Whether a digest is known, so that a download can be verified. */
  public boolean verifiable() {
    return sha256 != null || md5 != null;
  }

  /** A copy with {@code sha256} in place of this one's (and MD5 dropped: it described the old). */
  public Checksums withSha256(String sha256) {
    return new Checksums(sha256, null, -1);
  }

  private static String normalize(String hex, Pattern pattern, String name, int digits) {
    if (hex == null) {
      return null;
    }
    String lower = hex.strip().toLowerCase(Locale.ROOT);
    if (!pattern.matcher(lower).matches()) {
      throw new IllegalArgumentException(
          "expected " + name + " must be " + digits + " hex digits, got '" + hex + "'");
    }
    return lower;
  }
}
