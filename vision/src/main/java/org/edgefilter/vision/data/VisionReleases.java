package org.edgefilter.vision.data;

import java.net.URI;
import java.util.List;
import org.edgefilter.framework.io.ArchiveUnpacker.Format;
import org.edgefilter.framework.io.ArchiveUnpacker.Mapping;
import org.edgefilter.framework.io.Checksums;
import org.edgefilter.framework.io.DatasetRelease;

/**
 * The official releases {@code ./edgefilter vision download} fetches, with their published digests
 * and the folders they unpack to, which are the folders the readers look in.
 */
public final class VisionReleases {

  /**
   * The CIFAR-10 binary version (Krizhevsky 2009). SHA-256 and size as pinned by TensorFlow
   * Datasets ({@code tensorflow_datasets/url_checksums/cifar10.txt}); the CIFAR page publishes only
   * the MD5 c32a1d4ab5d03f1284b67883e8d87530, which is checked too.
   */
  public static final DatasetRelease CIFAR10 =
      new DatasetRelease(
          "cifar10",
          "vision",
          "CIFAR-10 binary version: 50,000 train + 10,000 test 32x32 images, 10 classes (162 MB)",
          URI.create("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz"),
          new Checksums(
              "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd",
              "c32a1d4ab5d03f1284b67883e8d87530",
              170_052_171L),
          "TensorFlow Datasets url_checksums/cifar10.txt (SHA-256, size) and the CIFAR page (MD5)",
          Format.TAR_GZ,
          List.of(new Mapping("cifar-10-batches-bin/", Cifar10Files.RELEASE_DIR)),
          Cifar10Files.RELEASE_DIR + "/test_batch.bin");

  /**
   * The CIFAR-100 binary version. SHA-256 and size as pinned by TensorFlow Datasets ({@code
   * url_checksums/cifar100.txt}); MD5 03b5dce01913d631647c71ecec9e9cb8 from the CIFAR page.
   */
  public static final DatasetRelease CIFAR100 =
      new DatasetRelease(
          "cifar100",
          "vision",
          "CIFAR-100 binary version: 50,000 train + 10,000 test images, 100 fine / 20 coarse"
              + " classes",
          URI.create("https://www.cs.toronto.edu/~kriz/cifar-100-binary.tar.gz"),
          new Checksums(
              "58a81ae192c23a4be8b1804d68e518ed807d710a4eb253b1f2a199162a40d8ec",
              "03b5dce01913d631647c71ecec9e9cb8",
              168_513_733L),
          "TensorFlow Datasets url_checksums/cifar100.txt (SHA-256, size) and the CIFAR page (MD5)",
          Format.TAR_GZ,
          List.of(new Mapping("cifar-100-binary/", Cifar100Files.RELEASE_DIR)),
          Cifar100Files.RELEASE_DIR + "/test.bin");

  /**
   * Tiny-ImageNet-200 from the CS231n site. No SHA-256 is published anywhere we could find; the MD5
   * 90528d7ca1a48142e341f4ef8d21d0de that torchvision-style loaders pin is checked, and the SHA-256
   * computed here is printed and recorded.
   */
  public static final DatasetRelease TINY_IMAGENET =
      new DatasetRelease(
          "tiny-imagenet",
          "vision",
          "Tiny-ImageNet-200: 100,000 train + 10,000 val 64x64 images, 200 classes (237 MB)",
          URI.create("http://cs231n.stanford.edu/tiny-imagenet-200.zip"),
          new Checksums(null, "90528d7ca1a48142e341f4ef8d21d0de", -1),
          "the MD5 pinned by torchvision-style loaders (no SHA-256 is published)",
          Format.ZIP,
          List.of(new Mapping("tiny-imagenet-200/", TinyImageNet.RELEASE_DIR)),
          TinyImageNet.RELEASE_DIR + "/wnids.txt");

  /**
   * Hendrycks and Dietterich's CIFAR-10-C on Zenodo (record 2535967), which publishes only the MD5
   * 56bf5dcef84df0e2308c6dcbcbbd8499: it is checked, and the computed SHA-256 is recorded.
   */
  public static final DatasetRelease CIFAR10_C =
      new DatasetRelease(
          "cifar10-c",
          "vision",
          "CIFAR-10-C: 19 corruptions x 5 severities of the CIFAR-10 test set, .npy (2.9 GB); use"
              + " with --set data.corruptedDir=<data>/CIFAR-10-C",
          URI.create("https://zenodo.org/records/2535967/files/CIFAR-10-C.tar"),
          new Checksums(null, "56bf5dcef84df0e2308c6dcbcbbd8499", -1),
          "the MD5 Zenodo publishes (no SHA-256 is published)",
          Format.TAR,
          List.of(new Mapping("CIFAR-10-C/", "CIFAR-10-C")),
          "CIFAR-10-C/labels.npy");

  /** Every release, in the order {@code download --list} prints them. */
  public static final List<DatasetRelease> ALL =
      List.of(CIFAR10, CIFAR100, TINY_IMAGENET, CIFAR10_C);

  private VisionReleases() {}
}
