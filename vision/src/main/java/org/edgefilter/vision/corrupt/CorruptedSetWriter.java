package org.edgefilter.vision.corrupt;

import java.nio.file.Path;
import java.util.List;
import org.edgefilter.framework.io.AtomicFiles;
import org.edgefilter.framework.io.Npy;
import org.edgefilter.framework.io.NpyArray;
import org.edgefilter.framework.io.NpyDtype;
import org.edgefilter.framework.io.NpyHeader;
import org.edgefilter.vision.data.ImageSet;

/**
 * Writes a corrupted set in the layout of the CIFAR-10-C release (Zenodo record 2535967), so that a
 * generated set and the real release are read the same way ({@link CorruptedSetReader}):
 *
 * <ul>
 *   <li>{@code <corruption id>.npy}: uint8 {@code [5N, S, S, 3]}, row {@code (s - 1) N + j} being
 *       severity s of clean image j;
 *   <li>{@code labels.npy}: the N clean labels repeated 5 times, {@code [5N]}, dtype {@code |u1} as
 *       the release's ({@code make_cifar_c.py} saves {@code astype(np.uint8)}), or {@code <i8} when
 *       a label does not fit in a byte.
 * </ul>
 *
 * Each file is streamed severity by severity to a temporary file and renamed into place, so an
 * interrupted run leaves no partial {@code .npy}.
 */
public final class CorruptedSetWriter {

  /** Name of the labels file. */
  public static final String LABELS_FILE = "labels.npy";

  private final CorruptionGenerator generator;

  /** A writer that corrupts with {@code generator}. */
  public CorruptedSetWriter(CorruptionGenerator generator) {
    this.generator = generator;
  }

  /** Writes {@code labels.npy} and one {@code .npy} per corruption into {@code dir}. */
  public void write(Path dir, ImageSet clean, List<Corruption> corruptions) {
    writeLabels(dir, clean);
    for (Corruption c : corruptions) {
      writeCorruption(dir, clean, c);
    }
  }

  /** Writes {@code <id>.npy} for one corruption, {@code [5N, S, S, 3]} uint8; returns its path. */
  public Path writeCorruption(Path dir, ImageSet clean, Corruption corruption) {
    int s = generator.resolution().side();
    long rows = (long) Corruption.MAX_SEVERITY * clean.size();
    byte[] header = NpyHeader.format(NpyDtype.UINT8, new long[] {rows, s, s, 3});
    Path file = dir.resolve(corruption.id() + ".npy");
    AtomicFiles.write(
        file,
        out -> {
          out.write(header);
          for (int severity = 1; severity <= Corruption.MAX_SEVERITY; severity++) {
            out.write(generator.corrupt(clean, corruption, severity).bytes());
          }
        });
    return file;
  }

  /** Writes {@code labels.npy}: the clean labels repeated for the 5 severities. */
  public static Path writeLabels(Path dir, ImageSet clean) {
    int n = clean.size();
    int[] labels = clean.labels();
    boolean fitsByte = true;
    for (int l : labels) {
      fitsByte &= l <= 255;
    }
    int total = Corruption.MAX_SEVERITY * n;
    NpyArray array;
    if (fitsByte) {
      byte[] b = new byte[total];
      for (int i = 0; i < total; i++) {
        b[i] = (byte) labels[i % n];
      }
      array = NpyArray.ofUint8(b, total);
    } else {
      long[] l = new long[total];
      for (int i = 0; i < total; i++) {
        l[i] = labels[i % n];
      }
      array = NpyArray.ofInt64(l, total);
    }
    Path file = dir.resolve(LABELS_FILE);
    Npy.write(file, array);
    return file;
  }
}
