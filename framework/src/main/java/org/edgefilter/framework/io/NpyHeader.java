package org.edgefilter.framework.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a NumPy {@code .npy} file (format versions 1.0, 2.0 and 3.0): the magic string
 * {@code \x93NUMPY}, two version bytes, a little-endian header length (2 bytes in 1.0, 4 in 2.0 and
 * 3.0), then a Python dict literal {@code {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3),
 * }} padded with spaces and ended by a newline so that the data starts at a multiple of 64 (16 in
 * old files). Only C-order arrays are supported.
 *
 * @param dtype the element type
 * @param shape the array shape; empty for a scalar
 * @param dataOffset byte offset of the first data byte in the file
 */
public record NpyHeader(NpyDtype dtype, long[] shape, int dataOffset) {

  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGN = 64;

  /** Copies the shape. */
  public NpyHeader {
    shape = shape.clone();
    for (long d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
      }
    }
  }

  /** A copy of the shape. */
  @Override
  public long[] shape() {
    return shape.clone();
  }

  /** Number of elements, the product of the shape. */
  public long elementCount() {
    long n = 1;
    for (long d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  /** Number of data bytes, elements times item size. */
  public long dataLength() {
    return Math.multiplyExact(elementCount(), dtype.itemSize());
  }

  /**
   * Parses the header at the start of {@code bytes} (which must hold at least the whole header).
   * {@code source} names the file in errors.
   */
  public static NpyHeader parse(byte[] bytes, String source) {
    if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
      throw new IllegalArgumentException(source + ": not a .npy file (no \\x93NUMPY magic)");
    }
    int major = bytes[6] & 0xFF;
    int headerLength;
    int start;
    if (major == 1) {
      headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
      start = 10;
    } else if (major == 2 || major == 3) {
      if (bytes.length < 12) {
        throw new IllegalArgumentException(source + ": .npy header is truncated");
      }
      headerLength =
          (bytes[8] & 0xFF)
              | (bytes[9] & 0xFF) << 8
              | (bytes[10] & 0xFF) << 16
              | (bytes[11] & 0xFF) << 24;
      start = 12;
    } else {
      throw new IllegalArgumentException(
          source + ": unsupported .npy format version " + major + "." + (bytes[7] & 0xFF));
    }
    if (headerLength < 0 || start + headerLength > bytes.length) {
      throw new IllegalArgumentException(
          source + ": .npy header says " + headerLength + " header bytes but the file is shorter");
    }
    String text =
        new String(
            bytes,
            start,
            headerLength,
            major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    Map<String, Object> dict;
    try {
      dict = new PythonLiteral(text).parseDict();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          source + ": cannot parse .npy header " + text.strip() + ": " + e.getMessage(), e);
    }
    if (!dict.keySet().equals(java.util.Set.of("descr", "fortran_order", "shape"))) {
      throw new IllegalArgumentException(
          source
              + ": .npy header must have exactly the keys descr, fortran_order, shape; got "
              + dict.keySet());
    }
    if (!(dict.get("descr") instanceof String descr)) {
      throw new IllegalArgumentException(
          source + ": .npy header descr must be a string, got " + dict.get("descr"));
    }
    if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
      throw new IllegalArgumentException(
          source + ": .npy header fortran_order must be True or False");
    }
    if (fortran) {
      throw new IllegalArgumentException(
          source + ": Fortran-order arrays are not supported; save with np.ascontiguousarray");
    }
    if (!(dict.get("shape") instanceof long[] shape)) {
      throw new IllegalArgumentException(
          source + ": .npy header shape must be a tuple of integers, got " + dict.get("shape"));
    }
    NpyDtype dtype;
    try {
      dtype = NpyDtype.parse(descr);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
    return new NpyHeader(dtype, shape, start + headerLength);
  }

  /**
   * The header bytes NumPy would write for {@code dtype} and {@code shape}: version 1.0 unless the
   * dict does not fit in 65535 bytes, then 2.0; the data starts at a multiple of 64.
   */
  public static byte[] format(NpyDtype dtype, long[] shape) {
    StringBuilder dict = new StringBuilder();
    dict.append("{'descr': '")
        .append(dtype.descr())
        .append("', 'fortran_order': False, 'shape': (");
    for (int i = 0; i < shape.length; i++) {
      if (i > 0) {
        dict.append(", ");
      }
      dict.append(shape[i]);
    }
    if (shape.length == 1) {
      dict.append(',');
    }
    dict.append("), }");
    byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
    int prefix = 10;
    int total = prefix + text.length + 1;
    if (total - prefix > 0xFFFF) {
      prefix = 12;
      total = prefix + text.length + 1;
    }
    int padded = (total + ALIGN - 1) / ALIGN * ALIGN;
    int headerLength = padded - prefix;
    ByteArrayOutputStream out = new ByteArrayOutputStream(padded);
    out.writeBytes(MAGIC);
    out.write(prefix == 10 ? 1 : 2);
    out.write(0);
    out.write(headerLength & 0xFF);
    out.write(headerLength >>> 8 & 0xFF);
    if (prefix == 12) {
      out.write(headerLength >>> 16 & 0xFF);
      out.write(headerLength >>> 24 & 0xFF);
    }
    out.writeBytes(text);
    for (int i = text.length + 1; i < headerLength; i++) {
      out.write(' ');
    }
    out.write('\n');
    return out.toByteArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpyHeader h
        && h.dtype.equals(dtype)
        && Arrays.equals(h.shape, shape)
        && h.dataOffset == dataOffset;
  }

  @Override
  public int hashCode() {
    return (dtype.hashCode() * 31 + Arrays.hashCode(shape)) * 31 + dataOffset;
  }

  @Override
  public String toString() {
    return "NpyHeader["
        + dtype.descr()
        + ", shape="
        + Arrays.toString(shape)
        + ", dataOffset="
        + dataOffset
        + "]";
  }

  /**
   * The subset of Python literal syntax that {@code .npy} headers use: a dict with string keys
   * whose values are strings, {@code True}/{@code False}, or tuples of non-negative integers
   * (Python 2 files may write {@code 3L}).
   */
  private static final class PythonLiteral {
    private final String s;
    private int pos;

    PythonLiteral(String s) {
      this.s = s;
    }

    Map<String, Object> parseDict() {
      skipSpace();
      expect('{');
      Map<String, Object> map = new LinkedHashMap<>();
      skipSpace();
      while (peek() != '}') {
        String key = parseString();
        skipSpace();
        expect(':');
        skipSpace();
        Object value = parseValue();
        if (map.put(key, value) != null) {
          throw new IllegalArgumentException("duplicate key '" + key + "'");
        }
        skipSpace();
        if (peek() == ',') {
          pos++;
          skipSpace();
        } else if (peek() != '}') {
          throw new IllegalArgumentException("expected ',' or '}' at position " + pos);
        }
      }
      pos++;
      skipSpace();
      if (pos != s.length()) {
        throw new IllegalArgumentException("unexpected text after the dict at position " + pos);
      }
      return map;
    }

    private Object parseValue() {
      char c = peek();
      if (c == '\'' || c == '"') {
        return parseString();
      }
      if (c == '(') {
        return parseTuple();
      }
      if (s.startsWith("True", pos)) {
        pos += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("False", pos)) {
        pos += 5;
        return Boolean.FALSE;
      }
      throw new IllegalArgumentException("unsupported value at position " + pos);
    }

    private long[] parseTuple() {
      expect('(');
      List<Long> values = new ArrayList<>();
      skipSpace();
      while (peek() != ')') {
        int begin = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
        if (begin == pos) {
          throw new IllegalArgumentException("expected a non-negative integer at position " + pos);
        }
        values.add(Long.parseLong(s.substring(begin, pos)));
        if (peek() == 'L') {
          pos++;
        }
        skipSpace();
        if (peek() == ',') {
          pos++;
          skipSpace();
        } else if (peek() != ')') {
          throw new IllegalArgumentException("expected ',' or ')' at position " + pos);
        }
      }
      pos++;
      long[] out = new long[values.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = values.get(i);
      }
      return out;
    }

    private String parseString() {
      char quote = peek();
      if (quote != '\'' && quote != '"') {
        throw new IllegalArgumentException("expected a quoted string at position " + pos);
      }
      int end = s.indexOf(quote, pos + 1);
      if (end < 0) {
        throw new IllegalArgumentException("unterminated string at position " + pos);
      }
      String value = s.substring(pos + 1, end);
      pos = end + 1;
      return value;
    }

    private void expect(char c) {
      if (peek() != c) {
        throw new IllegalArgumentException("expected '" + c + "' at position " + pos);
      }
      pos++;
    }

    private char peek() {
      if (pos >= s.length()) {
        throw new IllegalArgumentException("header ends early");
      }
      return s.charAt(pos);
    }

    private void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }
  }
}
