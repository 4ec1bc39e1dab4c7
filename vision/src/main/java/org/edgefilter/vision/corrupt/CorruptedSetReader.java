package org.edgefilter.vision.corrupt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edgefilter.framework.io.Npy;
import org.edgefilter.framework.io.NpyArray;
import org.edgefilter.framework.io.NpyHeader;
import org.edgefilter.vision.data.ImageSet;

/**
 * Reads one corruption at one severity from a folder in the CIFAR-10-C release layout (see {@link
 * CorruptedSetWriter}): the official {@code CIFAR-10-C/} or {@code CIFAR-100-C/} folder works
 * unchanged, as does a generated one. Only the rows of the requested severity are read.
 */
public final class CorruptedSetReader implements CorruptedImages {

  private final Path dir;
  private final List<String> classNames;
  private final int perSeverity;

  private CorruptedSetReader(Path dir, List<String> classNames, int perSeverity) {
    this.dir = dir;
    this.classNames = List.copyOf(classNames);
    this.perSeverity = perSeverity;
  }

  /**
   * Opens {@code dir}, which must hold {@code labels.npy} of shape {@code [5N]} (any integer
   * dtype); labels index {@code classNames}.
   */
  public static CorruptedSetReader open(Path dir, List<String> classNames) {
    Path labels = dir.resolve(CorruptedSetWriter.LABELS_FILE);
    if (!Files.isRegularFile(labels)) {
      throw new IllegalArgumentException(
          "not a corrupted-set folder: expected "
              + labels
              + " (CIFAR-10-C layout: labels.npy and"
              + " one <corruption>.npy per corruption). Fetch the official CIFAR-10-C with `"
              + org.edgefilter.vision.data.VisionReleases.CIFAR10_C.command()
              + "` (it unpacks to"
              + " <data>/CIFAR-10-C), or leave data.corruptedDir empty to generate the sets.");
    }
    NpyHeader h = Npy.readHeader(labels);
    long[] shape = h.shape();
    if (shape.length != 1
        || shape[0] % Corruption.MAX_SEVERITY != 0
        || shape[0] == 0
        || !h.dtype().isInteger()) {
      throw new IllegalArgumentException(
          labels
              + ": expected integer labels of shape [5N], got "
              + h.dtype().descr()
              + " "
              + Arrays.toString(shape));
    }
    return new CorruptedSetReader(dir, classNames, (int) (shape[0] / Corruption.MAX_SEVERITY));
  }

  /** N, the number of clean images (rows per severity). */
  @Override
  public int imagesPerSeverity() {
    return perSeverity;
  }

  /** The corruptions whose {@code .npy} file is present, in enum order. */
  public List<Corruption> available() {
    List<Corruption> out = new ArrayList<>();
    for (Corruption c : Corruption.values()) {
      if (Files.isRegularFile(dir.resolve(c.id() + ".npy"))) {
        out.add(c);
      }
    }
    return out;
  }

  /** All N images of {@code corruption} at {@code severity}: uint8 {@code [N, S, S, 3]}. */
  public ImageSet read(Corruption corruption, int severity) {
    return read(corruption, severity, perSeverity);
  }

  /** The first {@code limit} images of {@code corruption} at {@code severity}. */
  @Override
  public ImageSet read(Corruption corruption, int severity, int limit) {
    Corruption.checkSeverity(severity);
    if (limit < 0 || limit > perSeverity) {
      throw new IllegalArgumentException(
          "limit " + limit + " is outside 0.." + perSeverity + " images per severity");
    }
    Path file = dir.resolve(corruption.id() + ".npy");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "missing corruption file: expected " + file + " (present: " + available() + ")");
    }
    NpyHeader h = Npy.readHeader(file);
    long[] shape = h.shape();
    if (shape.length != 4
        || shape[0] != (long) perSeverity * Corruption.MAX_SEVERITY
        || shape[1] != shape[2]
        || shape[3] != 3
        || h.dtype().itemSize() != 1
        || h.dtype().kind() != 'u') {
      throw new IllegalArgumentException(
          file
              + ": expected uint8 of shape ["
              + perSeverity * Corruption.MAX_SEVERITY
              + ", S, S, 3] to match labels.npy, got "
              + h.dtype().descr()
              + " "
              + Arrays.toString(shape));
    }
    long first = (long) (severity - 1) * perSeverity;
    NpyArray pixels = Npy.readRows(file, first, limit);
    NpyArray labelRows = Npy.readRows(dir.resolve(CorruptedSetWriter.LABELS_FILE), first, limit);
    int[] labels = labelRows.toInts();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classNames.size()) {
        throw new IllegalArgumentException(
            dir.resolve(CorruptedSetWriter.LABELS_FILE)
                + ": label "
                + labels[i]
                + " at record "
                + (first + i)
                + " is outside 0.."
                + (classNames.size() - 1));
      }
    }
    int side = (int) shape[1];
    return ImageSet.ofBytes(pixels.toUint8(), limit, side, side, 3, labels, classNames);
  }
}
