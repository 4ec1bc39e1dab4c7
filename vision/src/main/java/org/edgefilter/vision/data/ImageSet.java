package org.edgefilter.vision.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A set of equally sized images with integer labels, held in host memory.
 *
 * <p>Pixels are one flat NHWC array {@code [size, height, width, channels]}, row-major, RGB, in one
 * of two storages: {@link PixelType#UINT8} (0..255, as files hold them) or {@link
 * PixelType#FLOAT32} (any range; {@link #toFloat()} gives [0, 1]). Labels are {@code [size]} class
 * indices into {@link #classNames()}. Instances are immutable: accessors that return the large
 * pixel array return the backing array for speed and callers must not modify it.
 */
public final class ImageSet {

  /** How pixels are stored. */
  public enum PixelType {
    /** One unsigned byte per value, 0..255. */
    UINT8,
    /** One float per value. */
    FLOAT32
  }

  private final int size;
  private final int height;
  private final int width;
  private final int channels;
  private final byte[] bytes;
  private final float[] floats;
  private final int[] labels;
  private final List<String> classNames;

  private ImageSet(
      int size,
      int height,
      int width,
      int channels,
      byte[] bytes,
      float[] floats,
      int[] labels,
      List<String> classNames) {
    if (size < 0 || height <= 0 || width <= 0 || channels <= 0) {
      throw new IllegalArgumentException(
          "bad image set shape [" + size + ", " + height + ", " + width + ", " + channels + "]");
    }
    long expected = (long) size * height * width * channels;
    int actual = bytes != null ? bytes.length : floats.length;
    if (actual != expected) {
      throw new IllegalArgumentException(
          "pixel array has "
              + actual
              + " values, shape ["
              + size
              + ", "
              + height
              + ", "
              + width
              + ", "
              + channels
              + "] needs "
              + expected);
    }
    if (labels.length != size) {
      throw new IllegalArgumentException(
          "got " + labels.length + " labels for " + size + " images");
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classNames.size()) {
        throw new IllegalArgumentException(
            "label " + labels[i] + " of image " + i + " is outside 0.." + (classNames.size() - 1));
      }
    }
    this.size = size;
    this.height = height;
    this.width = width;
    this.channels = channels;
    this.bytes = bytes;
    this.floats = floats;
    this.labels = labels;
    this.classNames = List.copyOf(classNames);
  }

  /**
   * A uint8 set. {@code pixels} is NHWC {@code [size, height, width, channels]} and is kept, not
   * copied; {@code labels} is {@code [size]}, each in {@code 0..classNames.size()-1}.
   */
  public static ImageSet ofBytes(
      byte[] pixels,
      int size,
      int height,
      int width,
      int channels,
      int[] labels,
      List<String> classNames) {
    return new ImageSet(
        size,
        height,
        width,
        channels,
        Objects.requireNonNull(pixels, "pixels"),
        null,
        labels.clone(),
        classNames);
  }

  /** A float set; like {@link #ofBytes} with float pixels (kept, not copied). */
  public static ImageSet ofFloats(
      float[] pixels,
      int size,
      int height,
      int width,
      int channels,
      int[] labels,
      List<String> classNames) {
    return new ImageSet(
        size,
        height,
        width,
        channels,
        null,
        Objects.requireNonNull(pixels, "pixels"),
        labels.clone(),
        classNames);
  }

  /** Number of images N. */
  public int size() {
    return size;
  }

  /** Image height H. */
  public int height() {
    return height;
  }

  /** Image width W. */
  public int width() {
    return width;
  }

  /** Channels per pixel C (3 for RGB). */
  public int channels() {
    return channels;
  }

  /** Values per image, H * W * C. */
  public int imageLength() {
    return height * width * channels;
  }

  /** How the pixels are stored. */
  public PixelType pixelType() {
    return bytes != null ? PixelType.UINT8 : PixelType.FLOAT32;
  }

  /**
   * The uint8 pixels, NHWC {@code [N, H, W, C]}: the backing array, not a copy. Throws if the set
   * holds floats.
   */
  public byte[] bytes() {
    if (bytes == null) {
      throw new IllegalStateException("this image set holds FLOAT32 pixels, not UINT8");
    }
    return bytes;
  }

  /**
   * The float pixels, NHWC {@code [N, H, W, C]}: the backing array, not a copy. Throws if the set
   * holds bytes (use {@link #toFloat()} first).
   */
  public float[] floats() {
    if (floats == null) {
      throw new IllegalStateException("this image set holds UINT8 pixels; call toFloat() first");
    }
    return floats;
  }

  /** A copy of the labels, {@code [N]}. */
  public int[] labels() {
    return labels.clone();
  }

  /** The label of image {@code i}. */
  public int label(int i) {
    return labels[Objects.checkIndex(i, size)];
  }

  /** The class names; a label indexes this list. */
  public List<String> classNames() {
    return classNames;
  }

  /** A copy of uint8 image {@code i}, HWC {@code [H, W, C]}. */
  public byte[] image(int i) {
    Objects.checkIndex(i, size);
    int n = imageLength();
    return Arrays.copyOfRange(bytes(), i * n, (i + 1) * n);
  }

  /** Images {@code from} (inclusive) to {@code to} (exclusive), copied. */
  public ImageSet slice(int from, int to) {
    Objects.checkFromToIndex(from, to, size);
    int n = imageLength();
    int[] l = Arrays.copyOfRange(labels, from, to);
    if (bytes != null) {
      return ofBytes(
          Arrays.copyOfRange(bytes, from * n, to * n),
          to - from,
          height,
          width,
          channels,
          l,
          classNames);
    }
    return ofFloats(
        Arrays.copyOfRange(floats, from * n, to * n),
        to - from,
        height,
        width,
        channels,
        l,
        classNames);
  }

  /** The images at {@code indices}, in that order (repeats allowed), copied. */
  public ImageSet select(int[] indices) {
    int n = imageLength();
    int[] l = new int[indices.length];
    byte[] b = bytes != null ? new byte[indices.length * n] : null;
    float[] f = floats != null ? new float[indices.length * n] : null;
    for (int k = 0; k < indices.length; k++) {
      int i = Objects.checkIndex(indices[k], size);
      l[k] = labels[i];
      if (b != null) {
        System.arraycopy(bytes, i * n, b, k * n, n);
      } else {
        System.arraycopy(floats, i * n, f, k * n, n);
      }
    }
    return b != null
        ? ofBytes(b, indices.length, height, width, channels, l, classNames)
        : ofFloats(f, indices.length, height, width, channels, l, classNames);
  }

  /**
   * This set as floats in [0, 1]: uint8 value v becomes v / 255. A float set is returned as is (its
   * values are assumed to be in [0, 1] already).
   */
  public ImageSet toFloat() {
    if (floats != null) {
      return this;
    }
    float[] f = new float[bytes.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (bytes[i] & 0xFF) / 255f;
    }
    return ofFloats(f, size, height, width, channels, labels, classNames);
  }

  /**
   * Per-channel normalization {@code (x - mean[c]) / std[c]} of {@link #toFloat()}'s values, as a
   * new float set of the same shape.
   */
  public ImageSet normalized(ChannelNormalization normalization) {
    if (normalization.channels() != channels) {
      throw new IllegalArgumentException(
          "normalization has " + normalization.channels() + " channels, images have " + channels);
    }
    float[] src = toFloat().floats;
    float[] out = new float[src.length];
    float[] mean = normalization.meanFloats();
    float[] invStd = normalization.inverseStdFloats();
    for (int i = 0; i < src.length; i++) {
      int c = i % channels;
      out[i] = (src[i] - mean[c]) * invStd[c];
    }
    return ofFloats(out, size, height, width, channels, labels, classNames);
  }

  /** The sets one after another; all must have the same image shape, pixel type and classes. */
  public static ImageSet concat(List<ImageSet> sets) {
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("nothing to concatenate");
    }
    ImageSet first = sets.get(0);
    int total = 0;
    for (ImageSet s : sets) {
      if (s.height != first.height
          || s.width != first.width
          || s.channels != first.channels
          || s.pixelType() != first.pixelType()
          || !s.classNames.equals(first.classNames)) {
        throw new IllegalArgumentException(
            "cannot concatenate image sets of different shape, pixel type or classes");
      }
      total += s.size;
    }
    int n = first.imageLength();
    int[] l = new int[total];
    byte[] b = first.bytes != null ? new byte[total * n] : null;
    float[] f = first.floats != null ? new float[total * n] : null;
    int at = 0;
    for (ImageSet s : sets) {
      System.arraycopy(s.labels, 0, l, at, s.size);
      if (b != null) {
        System.arraycopy(s.bytes, 0, b, at * n, s.size * n);
      } else {
        System.arraycopy(s.floats, 0, f, at * n, s.size * n);
      }
      at += s.size;
    }
    return b != null
        ? ofBytes(b, total, first.height, first.width, first.channels, l, first.classNames)
        : ofFloats(f, total, first.height, first.width, first.channels, l, first.classNames);
  }

  /** Counts of each label, {@code [classNames.size()]}. */
  public int[] labelCounts() {
    int[] counts = new int[classNames.size()];
    for (int label : labels) {
      counts[label]++;
    }
    return counts;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(size + "x" + height + "x" + width + "x" + channels);
    parts.add(pixelType().toString());
    parts.add(classNames.size() + " classes");
    return "ImageSet[" + String.join(", ", parts) + "]";
  }
}
