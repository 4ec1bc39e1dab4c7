package org.edgefilter.framework.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads and writes NumPy {@code .npy} files (see {@link NpyHeader} for the format). Reading checks
 * that the file holds exactly the bytes its header promises; {@link #readRows} reads a slice along
 * axis 0 without loading the rest, which is how one severity of a 150 MB CIFAR-10-C file is read.
 */
public final class Npy {

  /** Largest header this reader accepts; real headers are under 200 bytes. */
  private static final int MAX_HEADER = 1 << 20;

  private Npy() {}

  /** Reads only the header of {@code file}, checking the file length against it. */
  public static NpyHeader readHeader(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return readHeader(ch, file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Reads the whole array in {@code file}. */
  public static NpyArray read(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      NpyHeader header = readHeader(ch, file);
      long length = header.dataLength();
      if (length > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            file + ": array of " + length + " bytes is too large to load whole; use readRows");
      }
      byte[] data = readFully(ch, header.dataOffset(), (int) length, file);
      return new NpyArray(header.dtype(), header.shape(), data);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * Reads rows {@code [first, first + count)} along axis 0 of the array in {@code file}; the result
   * has shape {@code [count, shape[1], ...]}.
   */
  public static NpyArray readRows(Path file, long first, int count) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      NpyHeader header = readHeader(ch, file);
      long[] shape = header.shape();
      if (shape.length == 0) {
        throw new IllegalArgumentException(file + ": a scalar array has no rows");
      }
      if (first < 0 || count < 0 || first + count > shape[0]) {
        throw new IllegalArgumentException(
            file
                + ": rows ["
                + first
                + ", "
                + (first + count)
                + ") are outside the "
                + shape[0]
                + " rows of shape "
                + Arrays.toString(shape));
      }
      long rowBytes = header.dtype().itemSize();
      for (int i = 1; i < shape.length; i++) {
        rowBytes *= shape[i];
      }
      long length = rowBytes * count;
      if (length > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(file + ": slice of " + length + " bytes is too large");
      }
      byte[] data = readFully(ch, header.dataOffset() + rowBytes * first, (int) length, file);
      shape[0] = count;
      return new NpyArray(header.dtype(), shape, data);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * Parses a whole {@code .npy} held in memory (for example an entry of an {@code .npz} archive),
   * with the same checks as {@link #read}; {@code source} names it in errors.
   */
  public static NpyArray parse(byte[] bytes, String source) {
    NpyHeader header = NpyHeader.parse(bytes, source);
    checkLength(header, bytes.length, source);
    byte[] data =
        Arrays.copyOfRange(
            bytes, header.dataOffset(), header.dataOffset() + (int) header.dataLength());
    return new NpyArray(header.dtype(), header.shape(), data);
  }

  /** Writes {@code array} to {@code file} atomically (temporary file, then rename). */
  public static void write(Path file, NpyArray array) {
    byte[] header = NpyHeader.format(array.dtype(), array.shape());
    AtomicFiles.write(
        file,
        out -> {
          out.write(header);
          out.write(array.rawBytes());
        });
  }

  private static NpyHeader readHeader(FileChannel ch, Path file) throws IOException {
    long size = ch.size();
    int probe = (int) Math.min(size, 4096);
    byte[] start = readFully(ch, 0, probe, file);
    if (probe >= 12 && start[6] != 1) {
      // Versions 2 and 3 have a 4-byte length that may exceed the first probe.
      int len =
          (start[8] & 0xFF)
              | (start[9] & 0xFF) << 8
              | (start[10] & 0xFF) << 16
              | (start[11] & 0xFF) << 24;
      if (len > 0 && len < MAX_HEADER && 12 + len > probe && 12 + len <= size) {
        start = readFully(ch, 0, 12 + len, file);
      }
    }
    NpyHeader header = NpyHeader.parse(start, file.toString());
    checkLength(header, size, file.toString());
    return header;
  }

  /** Fails unless {@code size} bytes are exactly the header plus the data it promises. */
  private static void checkLength(NpyHeader header, long size, String source) {
    long expected = header.dataOffset() + header.dataLength();
    if (size < expected) {
      throw new DataFormatException(
          Path.of(source),
          source
              + ": truncated .npy file: header says shape "
              + Arrays.toString(header.shape())
              + " of "
              + header.dtype().descr()
              + " ("
              + header.dataLength()
              + " data bytes) but "
              + "only "
              + (size - header.dataOffset())
              + " data bytes are present");
    }
    if (size > expected) {
      throw new DataFormatException(
          Path.of(source),
          source
              + ": .npy file has "
              + (size - expected)
              + " bytes after the data that its header"
              + " (shape "
              + Arrays.toString(header.shape())
              + ", "
              + header.dtype().descr()
              + ") does not account for");
    }
  }

  private static byte[] readFully(FileChannel ch, long position, int length, Path file)
      throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length);
    long at = position;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, at);
      if (n < 0) {
        throw new DataFormatException(
            file,
            file
                + ": unexpected end of file at byte "
                + at
                + " (wanted "
                + length
                + " bytes from "
                + position
                + ")");
      }
      at += n;
    }
    return buf.array();
  }
}
