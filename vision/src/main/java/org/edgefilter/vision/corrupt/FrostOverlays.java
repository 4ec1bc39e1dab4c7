package org.edgefilter.vision.corrupt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.vision.data.ImageCodec;

/**
 * The frost corruption's overlay images, {@code frost1.png .. frost5.jpg} of {@code
 * hendrycks/robustness} (shared data folder {@code cifar_c_assets/}), each resized once per
 * resolution with OpenCV's INTER_LINEAR by 0.2 (CIFAR) or 0.3 (Tiny-ImageNet). {@code frost6.jpg}
 * is in the folder but never used: the script draws its index with {@code randint(5)}. The PNGs'
 * alpha channel is dropped, as {@code cv2.imread} in colour mode does.
 */
public final class FrostOverlays {

  /** Folder of the overlays within the data directory. */
  public static final String DATA_SUBDIR = "cifar_c_assets";

  /** The files the corruption draws from, in index order. */
  public static final List<String> FILES =
      List.of("frost1.png", "frost2.png", "frost3.png", "frost4.jpg", "frost5.jpg");

  private final List<RgbImage> resized;

  private FrostOverlays(List<RgbImage> resized) {
    this.resized = resized;
  }

  /**
   * Loads and resizes the overlays in {@code dir} for {@code resolution}; a missing file is an
   * error that names it.
   */
  public static FrostOverlays load(Path dir, Resolution resolution) {
    double factor = resolution.pick(0.2, 0.3);
    List<RgbImage> out = new ArrayList<>();
    for (String name : FILES) {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(
            "missing frost overlay: expected "
                + file
                + " (the frost1..5 images of"
                + " hendrycks/robustness ImageNet-C/create_c, in <data>/"
                + DATA_SUBDIR
                + ")");
      }
      RgbImage img = ImageCodec.read(file);
      byte[] small = OpenCvOps.resizeLinear(img.toBytes(), img.height(), img.width(), 3, factor);
      RgbImage r =
          RgbImage.fromBytes(
              OpenCvOps.resizedSize(img.height(), factor),
              OpenCvOps.resizedSize(img.width(), factor),
              small);
      if (r.height() <= resolution.side() || r.width() <= resolution.side()) {
        throw new IllegalArgumentException(
            file + ": overlay is too small (" + r.height() + "x" + r.width() + " after resizing)");
      }
      out.add(r);
    }
    return new FrostOverlays(List.copyOf(out));
  }

  /** Overlay {@code index} (0..4) after resizing. */
  RgbImage get(int index) {
    return resized.get(index);
  }

  /** Number of overlays (5). */
  int count() {
    return resized.size();
  }
}
