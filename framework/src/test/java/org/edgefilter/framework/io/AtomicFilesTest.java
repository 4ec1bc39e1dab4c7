package org.edgefilter.framework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writtenFilesAreWorldReadableOrKeepTheReplacedFilesPermissions() throws Exception {
    Assumptions.assumeTrue(
        Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
        "not a POSIX file system: permissions do not apply");
    Path file = dir.resolve("sub/a.txt");
    AtomicFiles.writeString(file, "one");
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.writeString(file, "two");
    assertEquals("two", Files.readString(file));
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void failedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
    Path file = dir.resolve("b.txt");
    AtomicFiles.writeString(file, "kept");
    assertThrows(
        UncheckedIOException.class,
        () ->
            AtomicFiles.write(
                file,
                out -> {
                  out.write('x');
                  throw new IOException("disk full");
                }));
    assertEquals("kept", Files.readString(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }
}
