package org.edgefilter.vision.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.vision.data.Cifar10Files;
import org.edgefilter.vision.data.CifarJpegZipReader;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.data.VisionReleases;

/** The clean CIFAR-10 train and test images of a {@link VisionConfig.DataConfig}. */
public record VisionData(ImageSet train, ImageSet test) {

  /** Loads the images the config names from {@code dataRoot}. */
  public static VisionData load(Path dataRoot, VisionConfig.DataConfig config) {
    ImageSet train;
    ImageSet test;
    switch (config.source()) {
      case "subset" -> {
        train = Cifar10Files.subsetTrain(dataRoot);
        test = Cifar10Files.subsetTest(dataRoot);
      }
      case "jpeg" -> {
        List<Integer> labels = new ArrayList<>();
        for (int b = 1; b <= 5; b++) {
          for (int l : Cifar10Files.subsetTrainLabelsAll(dataRoot, b)) {
            labels.add(l);
          }
        }
        train = CifarJpegZipReader.readInOfficialOrder(
            jpegZip(dataRoot, "train"),
            "train", labels.stream().mapToInt(Integer::intValue).toArray());
        test = CifarJpegZipReader.readInOfficialOrder(
            jpegZip(dataRoot, "test"),
            "test", Cifar10Files.subsetTestLabelsAll(dataRoot));
      }
      default -> {
        train = Cifar10Files.releaseTrain(dataRoot);
        test = Cifar10Files.releaseTest(dataRoot);
      }
    }
    return new VisionData(limit(train, config.trainLimit()), limit(test, config.testLimit()));
  }

  /**
   * The shared data's JPEG re-encode of CIFAR-10: no release has it, so the error points to the
   * sources that a download provides.
   */
  private static Path jpegZip(Path dataRoot, String split) {
    return DataLocator.forRoot(dataRoot).require("cifar10_jpg/" + split + "_jpg.zip",
        "CIFAR-10 JPEG " + split + " zip (data.source=jpeg: the shared data folder's re-encode,"
            + " which no download provides)",
        "Use data.source=subset or data.source=release, which read the binary release that `"
            + VisionReleases.CIFAR10.command() + "` fetches");
  }

  private static ImageSet limit(ImageSet set, int limit) {
    return limit > 0 && limit < set.size() ? set.slice(0, limit) : set;
  }
}
