package org.edgefilter.framework.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
 * same directory, which is then renamed over the target.
 */
public final class AtomicFiles {

  /** Something that writes the whole content of a file to a stream. */
  @FunctionalInterface
  public interface Writer {
    /** Writes the whole content to {@code out}; the caller closes {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8 to {@code target} atomically, creating parent directories. */
  public static void writeString(Path target, String text) {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Runs {@code writer} into a temporary sibling of {@code target}, then renames it over target.
   */
  public static void write(Path target, Writer writer) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        writer.writeTo(out);
      }
      moveIntoPlace(tmp, absolute);
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + absolute, e);
    } finally {
      deleteAfterFailure(tmp);
    }
  }

  /**
   * Renames the complete temporary file {@code tmp} over {@code target}, atomically where the file
   * system supports it, with the permissions of the file it replaces, else rw-r--r--. {@code tmp}
   * should be a sibling of {@code target}, so the rename stays on one file system.
   */
  public static void moveIntoPlace(Path tmp, Path target) throws IOException {
    setReadablePermissions(tmp, target);
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Deletes {@code tmp} (if not null) after a failed write, keeping that failure the one thrown.
   */
  static void deleteAfterFailure(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // The write already failed; that error is the one worth reporting.
    }
  }

  /**
   * A temporary file is created owner-only (0600); the renamed file should instead look like any
   * other file written here: the permissions of the file it replaces, else rw-r--r--.
   */
  private static void setReadablePermissions(Path tmp, Path target) throws IOException {
    if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) == null) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, permissions);
  }
}
