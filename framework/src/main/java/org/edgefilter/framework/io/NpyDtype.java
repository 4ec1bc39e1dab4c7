package org.edgefilter.framework.io;

import java.nio.ByteOrder;

/**
 * A NumPy scalar dtype as an {@code .npy} header spells it in {@code descr}: a byte-order character
 * ({@code <} little, {@code >} big, {@code |} not applicable, {@code =} native), a kind ({@code b}
 * bool, {@code i} signed integer, {@code u} unsigned integer, {@code f} IEEE float) and an item
 * size in bytes, e.g. {@code '|u1'}, {@code '<i8'}, {@code '<f4'}. Structured, string, object and
 * complex dtypes are not supported.
 *
 * @param kind one of {@code b, i, u, f}
 * @param itemSize bytes per element: 1 for {@code b}; 1, 2, 4 or 8 for integers; 4 or 8 for floats
 * @param order byte order of multi-byte items (little endian for 1-byte items)
 */
public record NpyDtype(char kind, int itemSize, ByteOrder order) {

  /** {@code |u1}: unsigned bytes, as image arrays and CIFAR-10-C labels are stored. */
  public static final NpyDtype UINT8 = new NpyDtype('u', 1, ByteOrder.LITTLE_ENDIAN);

  /** {@code <i8}: NumPy's default integer on 64-bit Linux. */
  public static final NpyDtype INT64 = new NpyDtype('i', 8, ByteOrder.LITTLE_ENDIAN);

  /** {@code <i4}. */
  public static final NpyDtype INT32 = new NpyDtype('i', 4, ByteOrder.LITTLE_ENDIAN);

  /** {@code <f4}. */
  public static final NpyDtype FLOAT32 = new NpyDtype('f', 4, ByteOrder.LITTLE_ENDIAN);

  /** {@code <f8}. */
  public static final NpyDtype FLOAT64 = new NpyDtype('f', 8, ByteOrder.LITTLE_ENDIAN);

  /** Checks the combination of kind and size. */
  public NpyDtype {
    boolean ok =
        switch (kind) {
          case 'b' -> itemSize == 1;
          case 'i', 'u' -> itemSize == 1 || itemSize == 2 || itemSize == 4 || itemSize == 8;
          case 'f' -> itemSize == 4 || itemSize == 8;
          default -> false;
        };
    if (!ok) {
      throw new IllegalArgumentException(
          "unsupported dtype kind '" + kind + "' with item size " + itemSize);
    }
    if (itemSize == 1) {
      order = ByteOrder.LITTLE_ENDIAN;
    }
  }

  /**
   * Parses a {@code descr} string such as {@code '<f4'} (without quotes). The error says what is
   * supported.
   */
  public static NpyDtype parse(String descr) {
    if (descr.length() < 3) {
      throw new IllegalArgumentException("unsupported dtype descr '" + descr + "'");
    }
    char orderChar = descr.charAt(0);
    ByteOrder order =
        switch (orderChar) {
          case '<', '|' -> ByteOrder.LITTLE_ENDIAN;
          case '>' -> ByteOrder.BIG_ENDIAN;
          case '=' -> ByteOrder.nativeOrder();
          default ->
              throw new IllegalArgumentException(
                  "unsupported dtype descr '"
                      + descr
                      + "': expected a byte order <, >, | or = first");
        };
    char kind = descr.charAt(1);
    int size;
    try {
      size = Integer.parseInt(descr.substring(2));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "unsupported dtype descr '" + descr + "': expected kind and size such as '<f4'", e);
    }
    try {
      return new NpyDtype(kind, size, order);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unsupported dtype descr '" + descr + "': only b1, i1/2/4/8, u1/2/4/8, f4/8 are read", e);
    }
  }

  /** The {@code descr} string NumPy writes for this dtype, e.g. {@code |u1} or {@code <i8}. */
  public String descr() {
    char orderChar = itemSize == 1 ? '|' : order == ByteOrder.BIG_ENDIAN ? '>' : '<';
    return "" + orderChar + kind + itemSize;
  }

  /** True for the integer kinds {@code i} and {@code u} and for bool. */
  public boolean isInteger() {
    return kind != 'f';
  }
}
