package org.edgefilter.vision.data;

import java.nio.file.Path;
import java.util.List;
import org.edgefilter.framework.io.DataLocator;

/**
 * CIFAR-100 from the official binary release as {@code ./edgefilter vision download cifar100}
 * unpacks it: {@code cifar-100-binary/{train,test}.bin} with {@code coarse_label_names.txt} and
 * {@code fine_label_names.txt}.
 */
public final class Cifar100Files {

  /** Folder of the release within the data directory. */
  public static final String RELEASE_DIR = "cifar-100-binary";

  private Cifar100Files() {}

  /** The 50,000 training images. */
  public static Cifar100Set train(DataLocator data) {
    return read(data, "train.bin");
  }

  /** The 10,000 test images. */
  public static Cifar100Set test(DataLocator data) {
    return read(data, "test.bin");
  }

  private static Cifar100Set read(DataLocator data, String file) {
    String remedy = VisionReleases.CIFAR100.remedy();
    Path records = data.require(RELEASE_DIR + "/" + file, "CIFAR-100 binary release " + file,
        remedy);
    List<String> coarse = CifarBinaryReader.readClassNames(data.require(
        RELEASE_DIR + "/coarse_label_names.txt", "CIFAR-100 superclass names", remedy));
    List<String> fine = CifarBinaryReader.readClassNames(data.require(
        RELEASE_DIR + "/fine_label_names.txt", "CIFAR-100 class names", remedy));
    return CifarBinaryReader.readCifar100(records, coarse, fine);
  }
}
