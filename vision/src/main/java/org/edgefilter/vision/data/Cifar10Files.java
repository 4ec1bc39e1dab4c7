package org.edgefilter.vision.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.io.DataFormatException;
import org.edgefilter.framework.io.DataLocator;

/**
 * The CIFAR-10 files of a data directory, in either of two layouts: the official binary release
 * ({@code cifar-10-batches-bin/}, as {@code ./edgefilter vision download cifar10} unpacks it) and
 * the shared subset ({@code cifar10/}: the first 1000 records of each official batch, plus every
 * label of each batch). The subset readers take the first 1000 records of the release's batches
 * when the subset files are absent, which are the same images byte for byte, so the presets that
 * read the subset work after a download.
 */
public final class Cifar10Files {

  /** Folder of the subset files within the data directory. */
  public static final String SUBSET_DIR = "cifar10";

  /** Folder of the official binary release within the data directory. */
  public static final String RELEASE_DIR = "cifar-10-batches-bin";

  /** Records per batch in the subset files. */
  public static final int SUBSET_RECORDS = 1000;

  private Cifar10Files() {}

  /** The first 1000 official test images (the subset file, else the release's test batch). */
  public static ImageSet subsetTest(Path dataDir) {
    return firstRecords(dataDir, "test_batch", "CIFAR-10 test images");
  }

  /** The first 1000 images of each of the five training batches, 5000 in batch order. */
  public static ImageSet subsetTrain(Path dataDir) {
    List<ImageSet> sets = new ArrayList<>();
    for (int b = 1; b <= 5; b++) {
      sets.add(firstRecords(dataDir, "data_batch_" + b, "CIFAR-10 training images"));
    }
    return ImageSet.concat(sets);
  }

  /** All 10,000 labels of the official test batch. */
  public static int[] subsetTestLabelsAll(Path dataDir) {
    return labelsAll(dataDir, "test_batch");
  }

  /** All 10,000 labels of training batch {@code batch} (1..5). */
  public static int[] subsetTrainLabelsAll(Path dataDir, int batch) {
    if (batch < 1 || batch > 5) {
      throw new IllegalArgumentException("CIFAR-10 training batches are 1..5, got " + batch);
    }
    return labelsAll(dataDir, "data_batch_" + batch);
  }

  /**
   * The class names from {@code batches.meta.txt}, falling back to {@link
   * CifarBinaryReader#CIFAR10_CLASSES} when the file is absent; a file that disagrees is an error.
   */
  public static List<String> classNames(Path dataDir) {
    for (String dir : List.of(SUBSET_DIR, RELEASE_DIR)) {
      Path meta = dataDir.resolve(dir).resolve("batches.meta.txt");
      if (meta.toFile().isFile()) {
        List<String> names = CifarBinaryReader.readClassNames(meta);
        if (!names.equals(CifarBinaryReader.CIFAR10_CLASSES)) {
          throw new DataFormatException(
              meta,
              meta
                  + ": class names "
                  + names
                  + " differ from the CIFAR-10 release's "
                  + CifarBinaryReader.CIFAR10_CLASSES);
        }
        return names;
      }
    }
    return CifarBinaryReader.CIFAR10_CLASSES;
  }

  /** The full official test batch ({@code cifar-10-batches-bin/test_batch.bin}, 10,000 images). */
  public static ImageSet releaseTest(Path dataDir) {
    return CifarBinaryReader.readCifar10(releaseBatch(dataDir, "test_batch"), classNames(dataDir));
  }

  /** The five official training batches (50,000 images, batch order). */
  public static ImageSet releaseTrain(Path dataDir) {
    List<Path> files = new ArrayList<>();
    for (int b = 1; b <= 5; b++) {
      files.add(releaseBatch(dataDir, "data_batch_" + b));
    }
    return CifarBinaryReader.readCifar10(files, classNames(dataDir));
  }

  private static Path releaseBatch(Path dataDir, String batch) {
    return DataLocator.forRoot(dataDir)
        .require(
            RELEASE_DIR + "/" + batch + ".bin",
            "CIFAR-10 binary release, batch " + batch,
            VisionReleases.CIFAR10.remedy());
  }

  /** The subset file of {@code batch}, else the first 1000 records of the release's batch. */
  private static ImageSet firstRecords(Path dataDir, String batch, String what) {
    Path subset = dataDir.resolve(SUBSET_DIR).resolve(batch + "_first" + SUBSET_RECORDS + ".bin");
    if (Files.isRegularFile(subset)) {
      return CifarBinaryReader.readCifar10(subset, classNames(dataDir));
    }
    Path release = dataDir.resolve(RELEASE_DIR).resolve(batch + ".bin");
    if (Files.isRegularFile(release)) {
      return CifarBinaryReader.readCifar10(release, classNames(dataDir), SUBSET_RECORDS);
    }
    throw DataLocator.forRoot(dataDir)
        .missing(
            what + " (" + batch + ", CIFAR binary format)",
            VisionReleases.CIFAR10.remedy(),
            List.of(release, subset));
  }

  private static int[] labelsAll(Path dataDir, String batch) {
    Path subset = dataDir.resolve(SUBSET_DIR).resolve(batch + "_labels_all10000.bin");
    if (Files.isRegularFile(subset)) {
      return CifarBinaryReader.readLabelFile(subset, 10);
    }
    Path release = dataDir.resolve(RELEASE_DIR).resolve(batch + ".bin");
    if (Files.isRegularFile(release)) {
      return CifarBinaryReader.readCifar10Labels(release, 10);
    }
    throw DataLocator.forRoot(dataDir)
        .missing(
            "CIFAR-10 labels of " + batch,
            VisionReleases.CIFAR10.remedy(),
            List.of(release, subset));
  }
}
