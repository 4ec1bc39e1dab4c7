package org.edgefilter.vision.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edgefilter.framework.io.DataFormatException;

/**
 * Reads the CIFAR-10 JPEG zips ({@code cifar10_jpg/test_jpg.zip}, {@code train_jpg.zip}): entries
 * {@code split/classname/NNNN.jpg}, where NNNN is the image's index within its class in the
 * official batch order. The JPEGs are a lossy re-encode (about 30 dB PSNR against the exact
 * pixels), so these sets are for scale, not for bit-exact work.
 *
 * <p>{@link #read} returns images grouped by class (class order of {@link
 * CifarBinaryReader#CIFAR10_CLASSES}, then NNNN). {@link #readInOfficialOrder} restores the
 * official batch order from the official label sequence: the k-th position with label c holds image
 * k of class c.
 */
public final class CifarJpegZipReader {

  private static final Pattern ENTRY = Pattern.compile("([^/]+)/([^/]+)/(\\d+)\\.jpe?g");

  private CifarJpegZipReader() {}

  /** Reads every image of {@code split} ("test" or "train") in class-then-index order. */
  public static ImageSet read(Path zip, String split) {
    List<String> classes = CifarBinaryReader.CIFAR10_CLASSES;
    List<TreeMap<Integer, byte[]>> perClass = new ArrayList<>();
    for (int c = 0; c < classes.size(); c++) {
      perClass.add(new TreeMap<>());
    }
    if (!Files.isRegularFile(zip)) {
      throw new IllegalArgumentException(zip + ": no such file (CIFAR-10 JPEG zip)");
    }
    ZipEntries.read(
        zip,
        "CIFAR-10 JPEG zip",
        (name, bytes) -> {
          Matcher m = ENTRY.matcher(name);
          if (!m.matches()) {
            throw new DataFormatException(
                zip, zip + ": entry " + name + " is not split/classname/NNNN.jpg");
          }
          if (!m.group(1).equals(split)) {
            return;
          }
          int c = classes.indexOf(m.group(2));
          if (c < 0) {
            throw new DataFormatException(
                zip, zip + ": entry " + name + " has unknown class '" + m.group(2) + "'");
          }
          int index = Integer.parseInt(m.group(3));
          if (perClass.get(c).put(index, bytes) != null) {
            throw new DataFormatException(zip, zip + ": duplicate entry " + name);
          }
        });
    List<byte[]> encoded = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Integer> labelList = new ArrayList<>();
    for (int c = 0; c < classes.size(); c++) {
      int expected = 0;
      for (var entry : perClass.get(c).entrySet()) {
        if (entry.getKey() != expected) {
          throw new DataFormatException(
              zip,
              zip
                  + ": class "
                  + classes.get(c)
                  + " of split "
                  + split
                  + " has no image "
                  + String.format("%04d", expected)
                  + " (indices must run 0, 1, 2, ...)");
        }
        expected++;
        encoded.add(entry.getValue());
        names.add(zip + "!" + split + "/" + classes.get(c) + "/" + entry.getKey());
        labelList.add(c);
      }
    }
    if (encoded.isEmpty()) {
      throw new DataFormatException(zip, zip + ": no images of split '" + split + "'");
    }
    int[] labels = labelList.stream().mapToInt(Integer::intValue).toArray();
    int side = CifarBinaryReader.SIDE;
    byte[] pixels = ImageCodec.decodeAll(encoded, names, side);
    return ImageSet.ofBytes(pixels, encoded.size(), side, side, 3, labels, classes);
  }

  /**
   * Reads {@code split} and puts it in the official batch order given by that order's labels (e.g.
   * {@link Cifar10Files#subsetTestLabelsAll}); the per-class counts must agree.
   */
  public static ImageSet readInOfficialOrder(Path zip, String split, int[] officialLabels) {
    ImageSet grouped = read(zip, split);
    int[] counts = grouped.labelCounts();
    int[] wanted = new int[counts.length];
    for (int label : officialLabels) {
      if (label < 0 || label >= wanted.length) {
        throw new IllegalArgumentException("official label " + label + " is outside 0..9");
      }
      wanted[label]++;
    }
    int[] start = new int[counts.length];
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] != wanted[c]) {
        throw new DataFormatException(
            zip,
            zip
                + ": split "
                + split
                + " has "
                + counts[c]
                + " images of class "
                + grouped.classNames().get(c)
                + " but the official labels have "
                + wanted[c]);
      }
      start[c] = c == 0 ? 0 : start[c - 1] + counts[c - 1];
    }
    int[] order = new int[officialLabels.length];
    int[] seen = new int[counts.length];
    for (int j = 0; j < officialLabels.length; j++) {
      int c = officialLabels[j];
      order[j] = start[c] + seen[c]++;
    }
    return grouped.select(order);
  }
}
