package org.edgefilter.vision.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.io.DataFormatException;

/**
 * Reads the CIFAR binary record format (Krizhevsky 2009, "binary version" on the CIFAR page).
 *
 * <p>CIFAR-10: each record is 1 label byte (0..9) then 3072 pixel bytes: the 1024 red values of the
 * 32x32 image row-major, then 1024 green, then 1024 blue. CIFAR-100: 1 coarse label byte (0..19), 1
 * fine label byte (0..99), then the same 3072 pixel bytes. A file holds any number of records.
 * Pixels are transposed from this CHW layout to the HWC layout of {@link ImageSet}.
 */
public final class CifarBinaryReader {

  /** Side of a CIFAR image. */
  public static final int SIDE = 32;

  /** Pixel bytes per record, 3 x 32 x 32. */
  public static final int IMAGE_BYTES = 3 * SIDE * SIDE;

  /** The CIFAR-10 class names in label order, as the release's {@code batches.meta.txt} lists. */
  public static final List<String> CIFAR10_CLASSES =
      List.of(
          "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

  private CifarBinaryReader() {}

  /** Reads every CIFAR-10 record of {@code file}, with {@link #CIFAR10_CLASSES}. */
  public static ImageSet readCifar10(Path file) {
    return readCifar10(file, CIFAR10_CLASSES);
  }

  /** Reads every CIFAR-10 record of {@code file}; labels must index {@code classNames}. */
  public static ImageSet readCifar10(Path file, List<String> classNames) {
    Records r = readRecords(file, 1, new int[] {classNames.size()}, new String[] {"label"});
    return ImageSet.ofBytes(r.pixels, r.count, SIDE, SIDE, 3, r.labels[0], classNames);
  }

  /**
   * Reads the first {@code maxRecords} CIFAR-10 records of {@code file} (all of them if it has
   * fewer); only those bytes are read. The shared data's {@code *_first1000.bin} files are exactly
   * the first 1000 records of the official batches, so this reads the same images from a release.
   */
  public static ImageSet readCifar10(Path file, List<String> classNames, int maxRecords) {
    byte[] bytes = readPrefix(file, (long) maxRecords * (1 + IMAGE_BYTES));
    Records r = parseRecords(file, bytes, 1, new int[] {classNames.size()}, new String[] {"label"});
    return ImageSet.ofBytes(r.pixels, r.count, SIDE, SIDE, 3, r.labels[0], classNames);
  }

  /**
   * The label byte of every CIFAR-10 record of {@code file} (a batch of the binary release), as
   * {@link #readLabelFile} gives for the shared data's {@code *_labels_all10000.bin}.
   */
  public static int[] readCifar10Labels(Path file, int classCount) {
    byte[] bytes = readAll(file);
    int record = 1 + IMAGE_BYTES;
    if (bytes.length == 0 || bytes.length % record != 0) {
      throw notWholeRecords(file, bytes.length, record, "-byte CIFAR-10 record");
    }
    return labelsAt(file, bytes, record, classCount, "record");
  }

  /** Reads the CIFAR-10 records of several files, one after another. */
  public static ImageSet readCifar10(List<Path> files, List<String> classNames) {
    List<ImageSet> sets = new ArrayList<>();
    for (Path f : files) {
      sets.add(readCifar10(f, classNames));
    }
    return ImageSet.concat(sets);
  }

  /**
   * Reads every CIFAR-100 record of {@code file}. The returned set carries the fine labels; the
   * coarse labels come beside it.
   *
   * @param coarseNames the 20 superclass names in label order ({@code coarse_label_names.txt})
   * @param fineNames the 100 class names in label order ({@code fine_label_names.txt})
   */
  public static Cifar100Set readCifar100(
      Path file, List<String> coarseNames, List<String> fineNames) {
    Records r =
        readRecords(
            file,
            2,
            new int[] {coarseNames.size(), fineNames.size()},
            new String[] {"coarse label", "fine label"});
    ImageSet fine = ImageSet.ofBytes(r.pixels, r.count, SIDE, SIDE, 3, r.labels[1], fineNames);
    return new Cifar100Set(fine, r.labels[0], coarseNames);
  }

  /**
   * Reads a file of labels only, one byte per image (as {@code *_labels_all10000.bin} in the shared
   * data); every byte must be below {@code classCount}.
   */
  public static int[] readLabelFile(Path file, int classCount) {
    return labelsAt(file, readAll(file), 1, classCount, "position");
  }

  /**
   * The bytes {@code 0, stride, 2 * stride, ...} of {@code bytes} as labels, each below {@code
   * classCount}; {@code unit} names the label's place in an error ("record", "position").
   */
  private static int[] labelsAt(Path file, byte[] bytes, int stride, int classCount, String unit) {
    int[] labels = new int[bytes.length / stride];
    for (int n = 0; n < labels.length; n++) {
      labels[n] = bytes[n * stride] & 0xFF;
      if (labels[n] >= classCount) {
        throw new DataFormatException(
            file,
            file
                + ": label byte "
                + labels[n]
                + " at "
                + unit
                + " "
                + n
                + " is outside 0.."
                + (classCount - 1));
      }
    }
    return labels;
  }

  /**
   * The error of a file whose {@code length} is not a positive multiple of the {@code record} size;
   * {@code rest} follows the size in the message ("-byte CIFAR-10 record").
   */
  private static DataFormatException notWholeRecords(
      Path file, int length, int record, String rest) {
    return new DataFormatException(
        file,
        file + ": file length " + length + " is not a positive multiple of the " + record + rest);
  }

  /**
   * Reads class names, one per line, skipping blank lines (the format of {@code batches.meta.txt},
   * {@code fine_label_names.txt} and {@code coarse_label_names.txt}).
   */
  public static List<String> readClassNames(Path file) {
    try {
      List<String> names = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          names.add(line.strip());
        }
      }
      if (names.isEmpty()) {
        throw new DataFormatException(file, file + ": no class names in file");
      }
      return List.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read class names from " + file, e);
    }
  }

  private record Records(int count, byte[] pixels, int[][] labels) {}

  private static Records readRecords(
      Path file, int labelBytes, int[] classCounts, String[] labelNames) {
    return parseRecords(file, readAll(file), labelBytes, classCounts, labelNames);
  }

  private static Records parseRecords(
      Path file, byte[] bytes, int labelBytes, int[] classCounts, String[] labelNames) {
    int record = labelBytes + IMAGE_BYTES;
    if (bytes.length == 0 || bytes.length % record != 0) {
      throw notWholeRecords(
          file,
          bytes.length,
          record,
          "-byte record ("
              + labelBytes
              + " label byte(s) + "
              + IMAGE_BYTES
              + " pixel bytes): "
              + bytes.length / record
              + " whole records and "
              + bytes.length % record
              + " bytes left over; the file is truncated or not in this"
              + " format");
    }
    int count = bytes.length / record;
    int plane = SIDE * SIDE;
    byte[] pixels = new byte[count * IMAGE_BYTES];
    int[][] labels = new int[labelBytes][count];
    for (int n = 0; n < count; n++) {
      int base = n * record;
      for (int k = 0; k < labelBytes; k++) {
        int label = bytes[base + k] & 0xFF;
        if (label >= classCounts[k]) {
          throw new DataFormatException(
              file,
              file
                  + ": "
                  + labelNames[k]
                  + " byte "
                  + label
                  + " at record "
                  + n
                  + " is outside 0.."
                  + (classCounts[k] - 1)
                  + " (wrong CIFAR variant, or a corrupt file?)");
        }
        labels[k][n] = label;
      }
      int src = base + labelBytes;
      int dst = n * IMAGE_BYTES;
      for (int p = 0; p < plane; p++) {
        pixels[dst + 3 * p] = bytes[src + p];
        pixels[dst + 3 * p + 1] = bytes[src + plane + p];
        pixels[dst + 3 * p + 2] = bytes[src + 2 * plane + p];
      }
    }
    return new Records(count, pixels, labels);
  }

  private static byte[] readPrefix(Path file, long maxBytes) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(Math.toIntExact(Math.min(maxBytes, Files.size(file))));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  private static byte[] readAll(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
