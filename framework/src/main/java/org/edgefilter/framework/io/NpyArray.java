package org.edgefilter.framework.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An n-dimensional array as an {@code .npy} file holds it: a dtype, a C-order shape, and the raw
 * element bytes in the dtype's byte order. The typed accessors convert; integer conversions check
 * that every value fits.
 */
public final class NpyArray {

  private final NpyDtype dtype;
  private final long[] shape;
  private final byte[] data;

  /**
   * An array over {@code data} (kept, not copied), which must hold exactly {@code product(shape) *
   * itemSize} bytes in {@code dtype}'s byte order.
   */
  public NpyArray(NpyDtype dtype, long[] shape, byte[] data) {
    this.dtype = dtype;
    this.shape = shape.clone();
    long expected = new NpyHeader(dtype, shape, 0).dataLength();
    if (data.length != expected) {
      throw new IllegalArgumentException(
          "shape "
              + Arrays.toString(shape)
              + " of "
              + dtype.descr()
              + " needs "
              + expected
              + " bytes, got "
              + data.length);
    }
    this.data = data;
  }

  /** A {@code |u1} array over {@code values} (kept, not copied). */
  public static NpyArray ofUint8(byte[] values, long... shape) {
    return new NpyArray(NpyDtype.UINT8, shape, values);
  }

  /** A {@code <i8} array holding {@code values}. */
  public static NpyArray ofInt64(long[] values, long... shape) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.asLongBuffer().put(values);
    return new NpyArray(NpyDtype.INT64, shape, b.array());
  }

  /** A {@code <i4} array holding {@code values}. */
  public static NpyArray ofInt32(int[] values, long... shape) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(values);
    return new NpyArray(NpyDtype.INT32, shape, b.array());
  }

  /** A {@code <f4} array holding {@code values}. */
  public static NpyArray ofFloat32(float[] values, long... shape) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(values);
    return new NpyArray(NpyDtype.FLOAT32, shape, b.array());
  }

  /** A {@code <f8} array holding {@code values}. */
  public static NpyArray ofFloat64(double[] values, long... shape) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.asDoubleBuffer().put(values);
    return new NpyArray(NpyDtype.FLOAT64, shape, b.array());
  }

  /** The element type. */
  public NpyDtype dtype() {
    return dtype;
  }

  /** A copy of the shape. */
  public long[] shape() {
    return shape.clone();
  }

  /** Number of elements. */
  public int size() {
    return data.length / dtype.itemSize();
  }

  /** The raw element bytes in the dtype's byte order: the backing array, not a copy. */
  public byte[] rawBytes() {
    return data;
  }

  /** The elements as unsigned bytes; only for {@code |u1} (and {@code |b1}) arrays, no copy. */
  public byte[] toUint8() {
    if (dtype.itemSize() != 1 || dtype.kind() == 'i') {
      throw new IllegalStateException("array is " + dtype.descr() + ", not |u1");
    }
    return data;
  }

  /** Element {@code i} as a double (exact for every integer type up to 2^53). */
  public double getDouble(int i) {
    ByteBuffer b = ByteBuffer.wrap(data).order(dtype.order());
    int at = i * dtype.itemSize();
    return switch (dtype.kind()) {
      case 'f' -> dtype.itemSize() == 4 ? b.getFloat(at) : b.getDouble(at);
      default -> getLong(b, at);
    };
  }

  /** The elements as longs; integer and bool dtypes only ({@code u8} values above 2^63 fail). */
  public long[] toLongs() {
    if (!dtype.isInteger()) {
      throw new IllegalStateException("array is " + dtype.descr() + ", not an integer type");
    }
    ByteBuffer b = ByteBuffer.wrap(data).order(dtype.order());
    long[] out = new long[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = getLong(b, i * dtype.itemSize());
      if (dtype.kind() == 'u' && dtype.itemSize() == 8 && out[i] < 0) {
        throw new IllegalStateException("element " + i + " does not fit in a signed long");
      }
    }
    return out;
  }

  /** The elements as ints; integer dtypes only, every value must fit in an int. */
  public int[] toInts() {
    long[] longs = toLongs();
    int[] out = new int[longs.length];
    for (int i = 0; i < out.length; i++) {
      if (longs[i] != (int) longs[i]) {
        throw new IllegalStateException("element " + i + " = " + longs[i] + " does not fit in int");
      }
      out[i] = (int) longs[i];
    }
    return out;
  }

  /** The elements as floats (integers converted, doubles rounded). */
  public float[] toFloats() {
    float[] out = new float[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) getDouble(i);
    }
    return out;
  }

  /** The elements as doubles. */
  public double[] toDoubles() {
    double[] out = new double[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = getDouble(i);
    }
    return out;
  }

  private long getLong(ByteBuffer b, int at) {
    boolean unsigned = dtype.kind() != 'i';
    return switch (dtype.itemSize()) {
      case 1 -> unsigned ? b.get(at) & 0xFFL : b.get(at);
      case 2 -> unsigned ? b.getShort(at) & 0xFFFFL : b.getShort(at);
      case 4 -> unsigned ? b.getInt(at) & 0xFFFFFFFFL : b.getInt(at);
      default -> b.getLong(at);
    };
  }

  @Override
  public String toString() {
    return "NpyArray[" + dtype.descr() + ", shape=" + Arrays.toString(shape) + "]";
  }
}
