package org.edgefilter.framework.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TfRecordsTest {

  @TempDir Path dir;

  @Test
  void crc32cMatchesThePublishedCheckValue() {
    // CRC-32C of "123456789" is 0xE3069283 (RFC 3720, iSCSI; the catalogue's check value).
    CRC32C crc = new CRC32C();
    crc.update("123456789".getBytes(StandardCharsets.US_ASCII));
    assertEquals(0xE3069283L, crc.getValue());
    // Masking: rotate right by 15, add 0xa282ead8 (mod 2^32).
    int expected =
        (int)
            (((((0xE3069283L >>> 15) | (0xE3069283L << 17)) & 0xffffffffL) + 0xa282ead8L)
                & 0xffffffffL);
    byte[] data = "123456789".getBytes(StandardCharsets.US_ASCII);
    assertEquals(expected, TfRecords.maskedCrc32c(data, 0, data.length));
  }

  @Test
  void readsWhatTheFramingDescribesAndRejectsCorruption() throws Exception {
    byte[] a = "hello".getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[0];
    Path file = dir.resolve("x.tfrecord");
    Files.write(file, concat(frame(a), frame(b)));
    List<byte[]> records = TfRecords.readAll(file);
    assertEquals(2, records.size());
    assertArrayEquals(a, records.get(0));
    assertArrayEquals(b, records.get(1));

    byte[] corrupt = concat(frame(a), frame(b));
    corrupt[13] ^= 1; // inside the first record's data
    Files.write(file, corrupt);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TfRecords.readAll(file));
    assertTrue(e.getMessage().contains("record 0 at byte 0: data CRC"), e.getMessage());

    byte[] cut = frame(a);
    Files.write(file, java.util.Arrays.copyOf(cut, cut.length - 2));
    UncheckedIOException cutShort =
        assertThrows(UncheckedIOException.class, () -> TfRecords.readAll(file));
    assertTrue(cutShort.getCause().getMessage().contains("cut short"), cutShort.getMessage());
  }

  private static byte[] frame(byte[] data) {
    ByteBuffer buffer = ByteBuffer.allocate(16 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    buffer.putLong(data.length);
    byte[] lengthBytes = new byte[8];
    buffer.duplicate().flip().get(lengthBytes);
    buffer.putInt(TfRecords.maskedCrc32c(lengthBytes, 0, 8));
    buffer.put(data);
    buffer.putInt(TfRecords.maskedCrc32c(data, 0, data.length));
    return buffer.array();
  }

  private static byte[] concat(byte[] x, byte[] y) {
    byte[] out = java.util.Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return out;
  }
}
