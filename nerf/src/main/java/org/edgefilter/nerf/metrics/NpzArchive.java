package org.edgefilter.nerf.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.edgefilter.framework.io.Npy;
import org.edgefilter.framework.io.NpyArray;

/**
 * Reads a NumPy {@code .npz} archive (a zip of {@code .npy} files, as written by {@code np.savez}
 * or {@code np.savez_compressed}) into float arrays; each entry is parsed by the framework's {@link
 * Npy}. Only float32 / float64 arrays in C order are accepted; anything else is an error naming the
 * file and the entry.
 */
final class NpzArchive {

  /** One array: its shape and its values in C (row-major) order. */
  record Array(int[] shape, float[] values) {}

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

  /** One entry through the framework's {@code .npy} parser; float32 or float64 only. */
  private static Array parseNpy(Path file, String key, byte[] bytes) {
    String where = file + " entry " + key + ".npy";
    NpyArray array = Npy.parse(bytes, where);
    if (array.dtype().kind() != 'f') {
      throw new IllegalArgumentException(
          where
              + ": dtype "
              + array.dtype().descr()
              + " not supported, expected float32 '<f4'"
              + " or float64 '<f8'");
    }
    int[] shape = Arrays.stream(array.shape()).mapToInt(Math::toIntExact).toArray();
    return new Array(shape, array.toFloats());
  }
}
