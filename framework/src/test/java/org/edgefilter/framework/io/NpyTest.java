package org.edgefilter.framework.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {

  @TempDir Path tmp;

  /** A file as NumPy writes it, by hand: magic, version, little-endian length, dict, data. */
  private static byte[] npyFile(int major, String dict, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
    byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
    out.write(text.length & 0xFF);
    out.write(text.length >> 8);
    if (major >= 2) {
      out.write(0);
      out.write(0);
    }
    out.writeBytes(text);
    out.writeBytes(data);
    return out.toByteArray();
  }

  @Test
  void parsesHandWrittenHeaderAndLittleEndianFloats() throws Exception {
    // np.save of np.array([[1.5, -2], [0.25, 3]], dtype='<f4') has this dict; the data bytes are
    // the IEEE-754 little-endian encodings: 1.5 = 0x3FC00000, -2 = 0xC0000000, 0.25 = 0x3E800000,
    // 3 = 0x40400000.
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }";
    dict = dict + " ".repeat(128 - 10 - dict.length() - 1) + "\n";
    byte[] data = {
      0, 0, (byte) 0xC0, 0x3F, 0, 0, 0, (byte) 0xC0, 0, 0, (byte) 0x80, 0x3E, 0, 0, 0x40, 0x40
    };
    Path f = tmp.resolve("a.npy");
    Files.write(f, npyFile(1, dict, data));
    NpyHeader h = Npy.readHeader(f);
    assertEquals(NpyDtype.FLOAT32, h.dtype());
    assertArrayEquals(new long[] {2, 2}, h.shape());
    assertEquals(128, h.dataOffset());
    assertArrayEquals(new float[] {1.5f, -2f, 0.25f, 3f}, Npy.read(f).toFloats());
  }

  @Test
  void parsesVersion2BigEndianPython2AndOneDimensionalHeaders() throws Exception {
    // >i2 big-endian 258 = 0x0102; Python 2 numpy wrote longs as "3L".
    String dict = "{\"descr\": \">i2\", \"fortran_order\": False, \"shape\": (3L,)}\n";
    byte[] data = {0x01, 0x02, (byte) 0xFF, (byte) 0xFE, 0, 7};
    Path f = tmp.resolve("b.npy");
    Files.write(f, npyFile(2, dict, data));
    NpyArray a = Npy.read(f);
    assertEquals(ByteOrder.BIG_ENDIAN, a.dtype().order());
    assertArrayEquals(new long[] {258, -2, 7}, a.toLongs());
    String scalar = "{'descr': '|u1', 'fortran_order': False, 'shape': (), }\n";
    Files.write(tmp.resolve("c.npy"), npyFile(1, scalar, new byte[] {(byte) 200}));
    NpyArray s = Npy.read(tmp.resolve("c.npy"));
    assertEquals(0, s.shape().length);
    assertArrayEquals(new int[] {200}, s.toInts());
  }

  @Test
  void parsesAnArrayHeldInMemoryWithTheFilesLengthChecks() throws Exception {
    Path file = tmp.resolve("in-memory.npy");
    Npy.write(file, NpyArray.ofFloat64(new double[] {0.5, -1.25, 3}, 3));
    byte[] bytes = Files.readAllBytes(file);
    NpyArray parsed = Npy.parse(bytes, "entry a.npy");
    assertArrayEquals(new long[] {3}, parsed.shape());
    assertArrayEquals(new float[] {0.5f, -1.25f, 3f}, parsed.toFloats());
    DataFormatException extra =
        assertThrows(
            DataFormatException.class,
            () -> Npy.parse(Arrays.copyOf(bytes, bytes.length + 1), "entry a.npy"));
    assertTrue(
        extra.getMessage().startsWith("entry a.npy: .npy file has 1 bytes after the data"),
        extra.getMessage());
    DataFormatException truncated =
        assertThrows(
            DataFormatException.class,
            () -> Npy.parse(Arrays.copyOf(bytes, bytes.length - 8), "entry a.npy"));
    assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
  }

  @Test
  void roundTripsEveryWrittenDtype() {
    byte[] u8 = {0, 1, (byte) 255, 7, 8, 9};
    Npy.write(tmp.resolve("u8.npy"), NpyArray.ofUint8(u8, 2, 3));
    NpyArray r = Npy.read(tmp.resolve("u8.npy"));
    assertArrayEquals(u8, r.toUint8());
    assertArrayEquals(new long[] {2, 3}, r.shape());
    long[] i8 = {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE};
    Npy.write(tmp.resolve("i8.npy"), NpyArray.ofInt64(i8, 4));
    assertArrayEquals(i8, Npy.read(tmp.resolve("i8.npy")).toLongs());
    float[] f4 = {Float.MIN_VALUE, -0f, 1e30f, Float.NaN};
    Npy.write(tmp.resolve("f4.npy"), NpyArray.ofFloat32(f4, 2, 1, 2));
    assertArrayEquals(f4, Npy.read(tmp.resolve("f4.npy")).toFloats());
    double[] f8 = {Math.PI, -Double.MAX_VALUE};
    Npy.write(tmp.resolve("f8.npy"), NpyArray.ofFloat64(f8, 2));
    assertArrayEquals(f8, Npy.read(tmp.resolve("f8.npy")).toDoubles());
    int[] i4 = {Integer.MIN_VALUE, 5};
    Npy.write(tmp.resolve("i4.npy"), NpyArray.ofInt32(i4, 2));
    assertArrayEquals(i4, Npy.read(tmp.resolve("i4.npy")).toInts());
  }

  @Test
  void writesNumpyCompatibleHeader() throws Exception {
    Npy.write(tmp.resolve("h.npy"), NpyArray.ofUint8(new byte[6], 6));
    byte[] bytes = Files.readAllBytes(tmp.resolve("h.npy"));
    String text = new String(bytes, 10, 118, StandardCharsets.ISO_8859_1);
    // What np.save(np.zeros(6, np.uint8)) writes (data aligned to 64 bytes, so a 128-byte header).
    assertEquals("{'descr': '|u1', 'fortran_order': False, 'shape': (6,), }", text.strip());
    assertEquals(1, bytes[6]);
    assertEquals(128 + 6, bytes.length);
    assertEquals(118, (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8);
    assertEquals('\n', bytes[127]);
  }

  @Test
  void readsRowsOfASlice() {
    byte[] data = new byte[5 * 2 * 3];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    Npy.write(tmp.resolve("r.npy"), NpyArray.ofUint8(data, 5, 2, 3));
    NpyArray rows = Npy.readRows(tmp.resolve("r.npy"), 2, 2);
    assertArrayEquals(new long[] {2, 2, 3}, rows.shape());
    assertArrayEquals(Arrays.copyOfRange(data, 12, 24), rows.toUint8());
    assertThrows(IllegalArgumentException.class, () -> Npy.readRows(tmp.resolve("r.npy"), 4, 2));
  }

  @Test
  void rejectsTruncatedFortranAndForeignFilesNamingTheFile() throws Exception {
    Npy.write(tmp.resolve("t.npy"), NpyArray.ofUint8(new byte[100], 10, 10));
    byte[] full = Files.readAllBytes(tmp.resolve("t.npy"));
    Path cut = tmp.resolve("cut.npy");
    Files.write(cut, Arrays.copyOf(full, full.length - 7));
    RuntimeException cutShort = assertThrows(DataFormatException.class, () -> Npy.read(cut));
    assertTrue(
        cutShort.getMessage().contains("cut.npy") && cutShort.getMessage().contains("truncated"),
        cutShort.getMessage());
    IllegalArgumentException e;

    String dict = "{'descr': '<f8', 'fortran_order': True, 'shape': (1,), }\n";
    Path fortran = tmp.resolve("fortran.npy");
    Files.write(fortran, npyFile(1, dict, new byte[8]));
    e = assertThrows(IllegalArgumentException.class, () -> Npy.read(fortran));
    assertTrue(e.getMessage().contains("Fortran"), e.getMessage());

    Path text = tmp.resolve("text.npy");
    Files.writeString(text, "hello, not numpy");
    e = assertThrows(IllegalArgumentException.class, () -> Npy.read(text));
    assertTrue(e.getMessage().contains("text.npy") && e.getMessage().contains("magic"));

    String bad = "{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }\n";
    Path complex = tmp.resolve("complex.npy");
    Files.write(complex, npyFile(1, bad, new byte[16]));
    e = assertThrows(IllegalArgumentException.class, () -> Npy.read(complex));
    assertTrue(e.getMessage().contains("<c16"), e.getMessage());
  }
}
