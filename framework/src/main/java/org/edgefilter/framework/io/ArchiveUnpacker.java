package org.edgefilter.framework.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks the folders of a dataset archive into the data root: a {@code .tar.gz} / {@code .tgz} or
 * {@code .tar} (with Apache Commons Compress, which reads ustar, GNU long names and pax headers) or
 * a {@code .zip} (with {@link java.util.zip.ZipFile}).
 *
 * <p>Only entries below one of the {@link Mapping}s' archive folders are written, each to the
 * mapping's folder under the root with the archive folder stripped; everything else in the archive
 * (other scenes, scripts, {@code __MACOSX/} resource forks) is skipped. An entry that would land
 * outside its target folder, and any link or device entry, is refused. Each file is written to a
 * temporary sibling and renamed when complete, so a file that exists is whole.
 */
public final class ArchiveUnpacker {

  /** The archive formats the releases come in. */
  public enum Format {
    /** A gzip-compressed tar archive. */
    TAR_GZ,
    /** An uncompressed tar archive. */
    TAR,
    /** A zip archive. */
    ZIP;

    /**
     * The format a file name's extension says ({@code .tar.gz}, {@code .tgz}, {@code .tar}, {@code
     * .zip}).
     */
    public static Format of(String fileName) {
      String lower = fileName.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
        return TAR_GZ;
      }
      if (lower.endsWith(".tar")) {
        return TAR;
      }
      if (lower.endsWith(".zip")) {
        return ZIP;
      }
      throw new IllegalArgumentException(
          "unknown archive format of '" + fileName + "' (expected .tar.gz, .tgz, .tar or .zip)");
    }
  }

  /**
   * One folder of an archive and where it goes.
   *
   * @param archiveFolder the folder inside the archive, e.g. {@code "cifar-10-batches-bin/"} (with
   *     its trailing slash; {@code ""} for the whole archive)
   * @param target the folder under the data root it is unpacked into, e.g. {@code "glue/SST-2"}
   */
  public record Mapping(String archiveFolder, String target) {
    public Mapping {
      Objects.requireNonNull(archiveFolder, "archiveFolder");
      Objects.requireNonNull(target, "target");
      if (!archiveFolder.isEmpty() && !archiveFolder.endsWith("/")) {
        throw new IllegalArgumentException("archive folder must end with '/': " + archiveFolder);
      }
    }
  }

  /**
   * What {@link #unpack} wrote.
   *
   * @param files the files written, in archive order
   * @param skipped entries outside every mapping (not written)
   */
  public record Unpacked(List<Path> files, int skipped) {
    public Unpacked {
      files = List.copyOf(files);
    }
  }

  private ArchiveUnpacker() {}

  /**
   * Unpacks the entries of {@code archive} under {@code mappings} into {@code root}.
   *
   * @throws UncheckedIOException naming the archive if it is not in {@code format}, is truncated,
   *     or has an unsafe entry
   */
  public static Unpacked unpack(Path archive, Format format, List<Mapping> mappings, Path root) {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Sink sink = new Sink(archive, mappings, absoluteRoot);
    try {
      switch (format) {
        case ZIP -> unzip(archive, sink);
        case TAR, TAR_GZ -> untar(archive, format == Format.TAR_GZ, sink);
        default -> throw new IllegalStateException(format.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack " + archive + ": " + e.getMessage(), e);
    }
    return new Unpacked(sink.written, sink.skipped);
  }

  private static void unzip(Path archive, Sink sink) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(archive.toFile());
    } catch (ZipException e) {
      throw new IOException(archive + " is not a zip archive (" + e.getMessage() + ")", e);
    }
    try (zip) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        Path dest = sink.destination(entry.getName());
        if (dest != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            sink.write(in, dest, entry.getName());
          }
        }
      }
    }
  }

  private static void untar(Path archive, boolean gzip, Sink sink) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16)) {
      InputStream in = raw;
      if (gzip) {
        try {
          in = new GzipCompressorInputStream(raw, true);
        } catch (IOException e) {
          throw new IOException(archive + " is not a gzip file (" + e.getMessage() + ")", e);
        }
      }
      try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
        boolean any = false;
        for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
          any = true;
          if (entry.isDirectory()) {
            continue;
          }
          if (!entry.isFile()) {
            throw new IOException(
                "entry '"
                    + entry.getName()
                    + "' is a link or device; only"
                    + " regular files are unpacked");
          }
          Path dest = sink.destination(entry.getName());
          if (dest != null) {
            sink.write(tar, dest, entry.getName());
          }
        }
        if (!any) {
          throw new IOException(archive + " holds no tar entries (not a tar archive?)");
        }
      }
    }
  }

  /** Where entries go, and what was written. */
  private static final class Sink {
    private final Path archive;
    private final List<Mapping> mappings;
    private final Path root;
    private final List<Path> written = new java.util.ArrayList<>();
    private int skipped;

    Sink(Path archive, List<Mapping> mappings, Path root) {
      this.archive = archive;
      this.mappings = List.copyOf(mappings);
      this.root = root;
    }

    /** The file an entry goes to, or null if no mapping takes it. */
    Path destination(String name) throws IOException {
      String normalized = name.replace('\\', '/');
      while (normalized.startsWith("./")) {
        normalized = normalized.substring(2);
      }
      for (Mapping m : mappings) {
        if (normalized.startsWith(m.archiveFolder())) {
          String rest = normalized.substring(m.archiveFolder().length());
          Path folder = root.resolve(m.target()).normalize();
          Path dest = folder.resolve(rest).normalize();
          if (!folder.startsWith(root) || !dest.startsWith(folder) || dest.equals(folder)) {
            throw new IOException(
                archive + ": entry '" + name + "' would be written outside " + folder);
          }
          return dest;
        }
      }
      skipped++;
      return null;
    }

    void write(InputStream in, Path dest, String name) throws IOException {
      Files.createDirectories(dest.getParent());
      Path tmp = dest.resolveSibling("." + dest.getFileName() + ".unpacking");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        in.transferTo(out);
      } catch (IOException e) {
        Files.deleteIfExists(tmp);
        throw new IOException(
            archive
                + ": could not unpack entry '"
                + name
                + "' ("
                + e.getMessage()
                + "); the archive is truncated or corrupt",
            e);
      }
      Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      written.add(dest);
    }
  }
}
