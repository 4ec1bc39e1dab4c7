package org.edgefilter.vision.experiment;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.vision.data.ChannelNormalization;
import org.edgefilter.vision.data.Cifar100Files;
import org.edgefilter.vision.data.Cifar10Files;
import org.edgefilter.vision.data.CifarJpegZipReader;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.data.TinyImageNet;
import org.edgefilter.vision.data.VisionReleases;

/**
 * The clean train and test images of a {@link VisionConfig.DataConfig}, with the channel statistics
 * its inputs are standardized by.
 *
 * @param dataset the dataset's id ({@code cifar10}, {@code cifar100}, {@code tiny-imagenet})
 * @param train training images {@code [N, S, S, 3]} uint8
 * @param test test images {@code [M, S, S, 3]} uint8, the same classes
 * @param normalization CIFAR-10: the published CIFAR-10 statistics; CIFAR-100: measured over the
 *     training images read; Tiny-ImageNet: the ImageNet constants
 */
public record VisionData(
    String dataset, ImageSet train, ImageSet test, ChannelNormalization normalization) {

  /** Loads the images the config names from {@code dataRoot}; notes go to standard output. */
  public static VisionData load(Path dataRoot, VisionConfig.DataConfig config) {
    return load(dataRoot, config, System.out);
  }

  /** Loads the images the config names from {@code dataRoot}, printing fallbacks to {@code out}. */
  public static VisionData load(Path dataRoot, VisionConfig.DataConfig config, PrintStream out) {
    ImageSet train;
    ImageSet test;
    ChannelNormalization normalization;
    switch (config.dataset()) {
      case "cifar100" -> {
        train = Cifar100Files.releaseTrain(dataRoot).fine();
        test = Cifar100Files.releaseTest(dataRoot).fine();
        normalization = ChannelNormalization.measure(train);
      }
      case "tiny-imagenet" -> {
        // The shared copy, else the release `vision download tiny-imagenet` unpacks; 50 images
        // per class either way (all the shared copy has).
        TinyImageNet tiny = TinyImageNet.locate(DataLocator.forRoot(dataRoot));
        // readTrain is sorted by class; interleaving the classes makes a trainLimit
        // class-balanced (training shuffles anyway).
        train = roundRobin(tiny.readTrain(50));
        test = tiny.readVal();
        normalization = ChannelNormalization.IMAGENET;
      }
      default -> {
        String source = config.source();
        if (source.equals("release-or-jpeg")) {
          source = hasCifar10Release(dataRoot) ? "release" : "jpeg";
          if (source.equals("jpeg")) {
            out.println(
                "warning: the exact CIFAR-10 release is not in "
                    + dataRoot.resolve(Cifar10Files.RELEASE_DIR)
                    + " (fetch it with `vision download cifar10`); using"
                    + " the lossy JPEG copy (about 30 dB PSNR) instead");
          }
        }
        ImageSet[] sets = cifar10(dataRoot, source);
        train = sets[0];
        test = sets[1];
        normalization = ChannelNormalization.CIFAR10;
      }
    }
    return new VisionData(
        config.dataset(),
        limit(train, config.trainLimit()),
        limit(test, config.testLimit()),
        normalization);
  }

  /** Image side S. */
  public int imageSize() {
    return test.height();
  }

  /** Number of classes. */
  public int classes() {
    return test.classNames().size();
  }

  /** Images as model inputs: [0,1] floats, standardized with {@link #normalization} if asked. */
  public float[] inputs(ImageSet set, boolean normalize) {
    ImageSet floats = set.toFloat();
    return normalize ? floats.normalized(normalization).floats() : floats.floats();
  }

  private static boolean hasCifar10Release(Path dataRoot) {
    Path dir = dataRoot.resolve(Cifar10Files.RELEASE_DIR);
    return Files.isRegularFile(dir.resolve("test_batch.bin"))
        && Files.isRegularFile(dir.resolve("data_batch_5.bin"));
  }

  private static ImageSet[] cifar10(Path dataRoot, String source) {
    switch (source) {
      case "subset" -> {
        return new ImageSet[] {
          Cifar10Files.subsetTrain(dataRoot), Cifar10Files.subsetTest(dataRoot)
        };
      }
      case "jpeg" -> {
        List<Integer> labels = new ArrayList<>();
        for (int b = 1; b <= 5; b++) {
          for (int l : Cifar10Files.subsetTrainLabelsAll(dataRoot, b)) {
            labels.add(l);
          }
        }
        ImageSet train =
            CifarJpegZipReader.readInOfficialOrder(
                jpegZip(dataRoot, "train"),
                "train",
                labels.stream().mapToInt(Integer::intValue).toArray());
        ImageSet test =
            CifarJpegZipReader.readInOfficialOrder(
                jpegZip(dataRoot, "test"), "test", Cifar10Files.subsetTestLabelsAll(dataRoot));
        return new ImageSet[] {train, test};
      }
      default -> {
        return new ImageSet[] {
          Cifar10Files.releaseTrain(dataRoot), Cifar10Files.releaseTest(dataRoot)
        };
      }
    }
  }

  /**
   * The images reordered round-robin over the classes (the first image of every class in label
   * order, then the second of every class, ...), each class keeping its internal order.
   */
  static ImageSet roundRobin(ImageSet set) {
    int classes = set.classNames().size();
    List<List<Integer>> perClass = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      perClass.add(new ArrayList<>());
    }
    for (int i = 0; i < set.size(); i++) {
      perClass.get(set.label(i)).add(i);
    }
    int[] order = new int[set.size()];
    int k = 0;
    for (int round = 0; k < order.length; round++) {
      for (List<Integer> members : perClass) {
        if (round < members.size()) {
          order[k++] = members.get(round);
        }
      }
    }
    return set.select(order);
  }

  /**
   * The shared data's JPEG re-encode of CIFAR-10: no release has it, so the error points to the
   * sources that a download provides.
   */
  private static Path jpegZip(Path dataRoot, String split) {
    return DataLocator.forRoot(dataRoot)
        .require(
            "cifar10_jpg/" + split + "_jpg.zip",
            "CIFAR-10 JPEG "
                + split
                + " zip (data.source=jpeg: the shared data folder's re-encode,"
                + " which no download provides)",
            "Use data.source=subset or data.source=release, which read the binary release that `"
                + VisionReleases.CIFAR10.command()
                + "` fetches");
  }

  private static ImageSet limit(ImageSet set, int limit) {
    return limit > 0 && limit < set.size() ? set.slice(0, limit) : set;
  }
}
