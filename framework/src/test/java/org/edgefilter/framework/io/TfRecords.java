package org.edgefilter.framework.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Reads TFRecord files (TensorBoard event files are TFRecords of {@code Event} protos) and checks
 * their framing. Each record is {@code uint64 length, uint32 masked_crc32c(length bytes),
 * byte[length] data, uint32 masked_crc32c(data)}, little-endian; the mask is {@code ((crc >>> 15) |
 * (crc << 17)) + 0xa282ead8} (TensorFlow, {@code tsl/lib/hash/crc32c.h} and the TFRecord format
 * description in the TensorFlow guide).
 */
public final class TfRecords {

  private static final int MASK_DELTA = 0xa282ead8;

  private TfRecords() {}

  /** TensorFlow's masked CRC32C of {@code bytes[offset, offset + length)}. */
  public static int maskedCrc32c(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    int c = (int) crc.getValue();
    return ((c >>> 15) | (c << 17)) + MASK_DELTA;
  }

  /**
   * Every record's data in {@code file}, in order. A wrong CRC or a file that ends inside a record
   * is an error naming the file, the record index and its byte offset.
   */
  public static List<byte[]> readAll(Path file) {
    List<byte[]> records = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      long offset = 0;
      byte[] header = new byte[12];
      while (true) {
        int first = in.read();
        if (first < 0) {
          return records;
        }
        header[0] = (byte) first;
        readFully(in, header, 1, 11, file, records.size(), offset);
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        long length = h.getLong(0);
        int lengthCrc = h.getInt(8);
        if (lengthCrc != maskedCrc32c(header, 0, 8)) {
          throw new IllegalArgumentException(
              file
                  + ": record "
                  + records.size()
                  + " at byte "
                  + offset
                  + ": length CRC mismatch (not a TFRecord file, or corrupted)");
        }
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
          throw new IllegalArgumentException(
              file
                  + ": record "
                  + records.size()
                  + " at byte "
                  + offset
                  + ": implausible length "
                  + Long.toUnsignedString(length));
        }
        byte[] data = new byte[(int) length];
        readFully(in, data, 0, data.length, file, records.size(), offset);
        byte[] footer = new byte[4];
        readFully(in, footer, 0, 4, file, records.size(), offset);
        int dataCrc = ByteBuffer.wrap(footer).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        if (dataCrc != maskedCrc32c(data, 0, data.length)) {
          throw new IllegalArgumentException(
              file
                  + ": record "
                  + records.size()
                  + " at byte "
                  + offset
                  + ": data CRC mismatch (corrupted)");
        }
        records.add(data);
        offset += 12 + length + 4;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read TFRecord file " + file, e);
    }
  }

  private static void readFully(
      InputStream in,
      byte[] buffer,
      int offset,
      int length,
      Path file,
      int record,
      long recordOffset)
      throws IOException {
    int done = 0;
    while (done < length) {
      int n = in.read(buffer, offset + done, length - done);
      if (n < 0) {
        throw new EOFException(
            file
                + ": record "
                + record
                + " at byte "
                + recordOffset
                + " is cut short (the file ends inside it)");
      }
      done += n;
    }
  }
}
