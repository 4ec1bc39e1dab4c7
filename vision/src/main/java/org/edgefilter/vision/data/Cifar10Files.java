package org.edgefilter.vision.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CIFAR-10 files of a data directory: the shared subset ({@code cifar10/}: the first 1000
 * records of each official batch, plus every label of each batch) and the full official binary
 * release ({@code cifar-10-batches-bin/}, as the CIFAR page's tarball unpacks) when present.
 */
public final class Cifar10Files {

  /** Folder of the subset files within the data directory. */
  public static final String SUBSET_DIR = "cifar10";

  /** Folder of the official binary release within the data directory. */
  public static final String RELEASE_DIR = "cifar-10-batches-bin";

  private Cifar10Files() {}

  /** The first 1000 official test images ({@code cifar10/test_batch_first1000.bin}). */
  public static ImageSet subsetTest(Path dataDir) {
    return CifarBinaryReader.readCifar10(
        DataLocation.require(dataDir, SUBSET_DIR + "/test_batch_first1000.bin", "CIFAR-10 test"),
        classNames(dataDir));
  }

  /** The first 1000 images of each of the five training batches, 5000 in batch order. */
  public static ImageSet subsetTrain(Path dataDir) {
    List<Path> files = new ArrayList<>();
    for (int b = 1; b <= 5; b++) {
      files.add(
          DataLocation.require(
              dataDir, SUBSET_DIR + "/data_batch_" + b + "_first1000.bin", "CIFAR-10 train"));
    }
    return CifarBinaryReader.readCifar10(files, classNames(dataDir));
  }

  /** All 10,000 labels of the official test batch ({@code test_batch_labels_all10000.bin}). */
  public static int[] subsetTestLabelsAll(Path dataDir) {
    return CifarBinaryReader.readLabelFile(
        DataLocation.require(
            dataDir, SUBSET_DIR + "/test_batch_labels_all10000.bin", "CIFAR-10 test labels"),
        10);
  }

  /** All 10,000 labels of training batch {@code batch} (1..5). */
  public static int[] subsetTrainLabelsAll(Path dataDir, int batch) {
    if (batch < 1 || batch > 5) {
      throw new IllegalArgumentException("CIFAR-10 training batches are 1..5, got " + batch);
    }
    return CifarBinaryReader.readLabelFile(
        DataLocation.require(
            dataDir,
            SUBSET_DIR + "/data_batch_" + batch + "_labels_all10000.bin",
            "CIFAR-10 train labels"),
        10);
  }

  /**
   * The class names from {@code cifar10/batches.meta.txt}, falling back to {@link
   * CifarBinaryReader#CIFAR10_CLASSES} when the file is absent; a file that disagrees is an error.
   */
  public static List<String> classNames(Path dataDir) {
    for (String dir : List.of(SUBSET_DIR, RELEASE_DIR)) {
      Path meta = dataDir.resolve(dir).resolve("batches.meta.txt");
      if (meta.toFile().isFile()) {
        List<String> names = CifarBinaryReader.readClassNames(meta);
        if (!names.equals(CifarBinaryReader.CIFAR10_CLASSES)) {
          throw new IllegalArgumentException(
              meta + ": class names " + names + " differ from the CIFAR-10 release's "
                  + CifarBinaryReader.CIFAR10_CLASSES);
        }
        return names;
      }
    }
    return CifarBinaryReader.CIFAR10_CLASSES;
  }

  /** The full official test batch ({@code cifar-10-batches-bin/test_batch.bin}, 10,000 images). */
  public static ImageSet releaseTest(Path dataDir) {
    return CifarBinaryReader.readCifar10(
        DataLocation.require(dataDir, RELEASE_DIR + "/test_batch.bin", "CIFAR-10 release"),
        classNames(dataDir));
  }

  /** The five official training batches (50,000 images, batch order). */
  public static ImageSet releaseTrain(Path dataDir) {
    List<Path> files = new ArrayList<>();
    for (int b = 1; b <= 5; b++) {
      files.add(
          DataLocation.require(
              dataDir, RELEASE_DIR + "/data_batch_" + b + ".bin", "CIFAR-10 release"));
    }
    return CifarBinaryReader.readCifar10(files, classNames(dataDir));
  }
}
