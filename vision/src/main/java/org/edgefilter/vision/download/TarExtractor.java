package org.edgefilter.vision.download;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Extracts the regular files and directories of a POSIX ustar archive (optionally gzip-compressed,
 * detected by its magic bytes), as the CIFAR releases are packed. Entries that would land outside
 * the target folder, links and devices are refused; GNU long names ({@code ././@LongLink}) and pax
 * headers are handled. Each file is written to a temporary name and renamed when complete.
 */
public final class TarExtractor {

  private static final int BLOCK = 512;

  private TarExtractor() {}

  /** Extracts {@code archive} into {@code target}; returns the extracted files' paths. */
  public static List<Path> extract(Path archive, Path target) {
    List<Path> written = new ArrayList<>();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive))) {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
      Path root = target.toAbsolutePath().normalize();
      Files.createDirectories(root);
      byte[] header = new byte[BLOCK];
      String longName = null;
      long offset = 0;
      while (true) {
        if (!readFully(in, header)) {
          throw new IOException("archive ends without the end-of-archive blocks at byte " + offset);
        }
        offset += BLOCK;
        if (isZero(header)) {
          break;
        }
        String name = longName != null ? longName : name(header);
        longName = null;
        char type = (char) (header[156] == 0 ? '0' : header[156]);
        long size = octal(header, 124, 12, archive, offset);
        checkChecksum(header, archive, offset);
        switch (type) {
          case 'L' -> {
            longName = new String(readBytes(in, size), StandardCharsets.UTF_8).replace("\0", "");
            offset += padded(size);
            skipPadding(in, size);
            continue;
          }
          case 'x', 'g' -> {
            skip(in, padded(size));
            offset += padded(size);
            continue;
          }
          default -> { }
        }
        Path dest = root.resolve(name).normalize();
        if (!dest.startsWith(root)) {
          throw new IOException(archive + ": entry '" + name + "' at byte " + (offset - BLOCK)
              + " would be written outside " + root);
        }
        if (type == '5') {
          Files.createDirectories(dest);
        } else if (type == '0' || type == '7') {
          Files.createDirectories(dest.getParent());
          Path tmp = dest.resolveSibling("." + dest.getFileName() + ".part");
          try (OutputStream out = Files.newOutputStream(tmp)) {
            copy(in, out, size, archive, name);
          }
          Files.move(tmp, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          skipPadding(in, size);
          written.add(dest);
        } else {
          throw new IOException(archive + ": entry '" + name + "' has unsupported type '" + type
              + "' (links and devices are not extracted)");
        }
        offset += padded(size);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not extract " + archive + ": " + e.getMessage(), e);
    }
    return written;
  }

  private static String name(byte[] h) {
    String name = cString(h, 0, 100);
    String prefix = cString(h, 345, 155);
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private static String cString(byte[] h, int from, int length) {
    int end = from;
    while (end < from + length && h[end] != 0) {
      end++;
    }
    return new String(h, from, end - from, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] h, int from, int length, Path archive, long offset)
      throws IOException {
    String s = cString(h, from, length).trim();
    if (s.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      throw new IOException(archive + ": malformed tar header before byte " + offset
          + " (size field '" + s + "' is not octal)");
    }
  }

  private static void checkChecksum(byte[] h, Path archive, long offset) throws IOException {
    long expected = octal(h, 148, 8, archive, offset);
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
    }
    if (sum != expected) {
      throw new IOException(archive + ": tar header checksum mismatch before byte " + offset
          + " (expected " + expected + ", computed " + sum + ")");
    }
  }

  private static boolean isZero(byte[] h) {
    for (byte b : h) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static long padded(long size) {
    return (size + BLOCK - 1) / BLOCK * BLOCK;
  }

  private static void skipPadding(InputStream in, long size) throws IOException {
    skip(in, padded(size) - size);
  }

  private static void skip(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long s = in.skip(left);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new EOFException("archive truncated");
        }
        s = 1;
      }
      left -= s;
    }
  }

  private static byte[] readBytes(InputStream in, long size) throws IOException {
    byte[] b = new byte[Math.toIntExact(size)];
    if (!readFully(in, b)) {
      throw new EOFException("archive truncated");
    }
    return b;
  }

  private static void copy(InputStream in, OutputStream out, long size, Path archive, String name)
      throws IOException {
    byte[] buffer = new byte[1 << 16];
    long left = size;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new EOFException(archive + ": truncated inside entry '" + name + "' ("
            + (size - left) + " of " + size + " bytes)");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  private static boolean readFully(InputStream in, byte[] b) throws IOException {
    int off = 0;
    while (off < b.length) {
      int n = in.read(b, off, b.length - off);
      if (n < 0) {
        return false;
      }
      off += n;
    }
    return true;
  }
}
