package org.edgefilter.vision.data;

import java.nio.file.Path;
import java.util.List;
import org.edgefilter.framework.io.DataFormatException;
import org.edgefilter.framework.io.DataLocator;

/**
 * The official CIFAR-100 binary release as its tarball ({@code cifar-100-binary.tar.gz} on the
 * CIFAR page) unpacks under the data directory: {@code cifar-100-binary/train.bin} (50,000
 * records), {@code test.bin} (10,000), {@code fine_label_names.txt} (100 names) and {@code
 * coarse_label_names.txt} (20). Each record is 1 coarse label byte, 1 fine label byte and 3072
 * pixel bytes ({@link CifarBinaryReader#readCifar100}). The study trains on the fine labels.
 */
public final class Cifar100Files {

  /** Folder of the official binary release within the data directory. */
  public static final String RELEASE_DIR = "cifar-100-binary";

  private Cifar100Files() {}

  /** The training records ({@code train.bin}), fine labels. */
  public static Cifar100Set releaseTrain(Path dataDir) {
    return read(dataDir, "train.bin");
  }

  /** The test records ({@code test.bin}), fine labels. */
  public static Cifar100Set releaseTest(Path dataDir) {
    return read(dataDir, "test.bin");
  }

  /** The 100 fine class names in label order, from {@code fine_label_names.txt}. */
  public static List<String> fineNames(Path dataDir) {
    return names(dataDir, "fine_label_names.txt", 100);
  }

  /** The 20 superclass names in label order, from {@code coarse_label_names.txt}. */
  public static List<String> coarseNames(Path dataDir) {
    return names(dataDir, "coarse_label_names.txt", 20);
  }

  private static Cifar100Set read(Path dataDir, String file) {
    Path records =
        DataLocator.forRoot(dataDir)
            .require(
                RELEASE_DIR + "/" + file,
                "CIFAR-100 binary release",
                VisionReleases.CIFAR100.remedy());
    return CifarBinaryReader.readCifar100(records, coarseNames(dataDir), fineNames(dataDir));
  }

  private static List<String> names(Path dataDir, String file, int expected) {
    Path path =
        DataLocator.forRoot(dataDir)
            .require(
                RELEASE_DIR + "/" + file,
                "CIFAR-100 class names",
                VisionReleases.CIFAR100.remedy());
    List<String> names = CifarBinaryReader.readClassNames(path);
    if (names.size() != expected) {
      throw new DataFormatException(
          path,
          path + ": expected " + expected + " class names (one per line), got " + names.size());
    }
    return names;
  }
}
