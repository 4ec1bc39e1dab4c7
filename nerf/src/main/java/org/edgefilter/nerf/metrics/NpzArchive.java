package org.edgefilter.nerf.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a NumPy {@code .npz} archive (a zip of {@code .npy} files, as written by {@code np.savez}
 * or {@code np.savez_compressed}) into float arrays. Only little-endian float32 / float64 arrays in
 * C order are accepted; anything else is an error naming the file and the entry.
 */
final class NpzArchive {

  /** One array: its shape and its values in C (row-major) order. */
  record Array(int[] shape, float[] values) {}

  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  private NpzArchive() {}

  /** Every array of the archive by name, without the {@code .npy} suffix. */
  static Map<String, Array> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(
          new IOException("missing weights file " + file + " (expected a NumPy .npz archive)"));
    }
    Map<String, Array> arrays = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        if (!name.endsWith(".npy")) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          String key = name.substring(0, name.length() - 4);
          arrays.put(key, parseNpy(file, key, in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + " as .npz: " + e.getMessage(), e);
    }
    return arrays;
  }

  private static Array parseNpy(Path file, String key, byte[] bytes) {
    String where = file + " entry " + key + ".npy";
    if (bytes.length < 10 || (bytes[0] & 0xff) != 0x93
        || !"NUMPY".equals(new String(bytes, 1, 5, StandardCharsets.ISO_8859_1))) {
      throw new IllegalArgumentException(where + ": not an .npy array (bad magic)");
    }
    int major = bytes[6];
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int headerLength;
    int headerStart;
    if (major == 1) {
      headerLength = buf.getShort(8) & 0xffff;
      headerStart = 10;
    } else if (major == 2 || major == 3) {
      headerLength = buf.getInt(8);
      headerStart = 12;
    } else {
      throw new IllegalArgumentException(where + ": unsupported .npy version " + major);
    }
    String header =
        new String(bytes, headerStart, headerLength, StandardCharsets.ISO_8859_1);
    String descr = find(DESCR, header, where, "descr");
    if ("True".equals(find(FORTRAN, header, where, "fortran_order"))) {
      throw new IllegalArgumentException(where + ": Fortran order is not supported");
    }
    String shapeText = find(SHAPE, header, where, "shape").trim();
    int[] shape =
        shapeText.isEmpty()
            ? new int[0]
            : Arrays.stream(shapeText.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt)
                .toArray();
    long count = 1;
    for (int d : shape) {
      count *= d;
    }
    int dataStart = headerStart + headerLength;
    int width = switch (descr) {
      case "<f4" -> 4;
      case "<f8" -> 8;
      default -> throw new IllegalArgumentException(
          where + ": dtype " + descr + " not supported, expected little-endian float32 '<f4'");
    };
    if (bytes.length - dataStart != count * width) {
      throw new IllegalArgumentException(
          where + ": " + (bytes.length - dataStart) + " data bytes for shape "
              + Arrays.toString(shape) + " of " + descr);
    }
    float[] values = new float[(int) count];
    buf.position(dataStart);
    for (int k = 0; k < count; k++) {
      values[k] = width == 4 ? buf.getFloat() : (float) buf.getDouble();
    }
    return new Array(shape, values);
  }

  private static String find(Pattern pattern, String header, String where, String field) {
    Matcher m = pattern.matcher(header);
    if (!m.find()) {
      throw new IllegalArgumentException(where + ": header lacks '" + field + "': " + header);
    }
    return m.group(1);
  }
}
