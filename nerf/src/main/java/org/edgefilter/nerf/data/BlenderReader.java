package org.edgefilter.nerf.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.nerf.geometry.Camera;

/**
 * Reads a split of a NeRF Blender synthetic scene: {@code <scene>/transforms_<split>.json} and, per
 * frame, {@code <scene>/<file_path>.png} (RGBA, composited on white, optionally area-downscaled by
 * an integer factor). The camera is {@code focal = 0.5 * W / tan(0.5 * camera_angle_x)} at the
 * image's full size, divided by the factor.
 *
 * <p>Images are decoded in parallel on the common fork-join pool; the result keeps the order asked
 * for.
 */
public final class BlenderReader {

  private BlenderReader() {}

  /** Reads every frame of a split at full size. */
  public static ViewSet read(Path sceneDir, Split split) {
    return read(sceneDir, split, 1, List.of());
  }

  /**
   * Reads frames of a split.
   *
   * @param sceneDir the scene folder holding the transforms files
   * @param split which transforms file
   * @param downscale integer factor k >= 1 that divides the image size; images become [H/k, W/k, 3]
   *     and the focal length f/k
   * @param viewIds positions in the file's {@code frames} list, in the order wanted; empty for all
   *     frames in file order
   * @throws IllegalArgumentException naming the transforms file for a bad or repeated view id or a
   *     malformed frame; images whose size differs from the first one's are named too
   * @throws UncheckedIOException naming the file for a missing transforms file or image
   */
  public static ViewSet read(Path sceneDir, Split split, int downscale, List<Integer> viewIds) {
    if (downscale < 1) {
      throw new IllegalArgumentException("downscale factor must be >= 1, got " + downscale);
    }
    requireScene(sceneDir);
    BlenderTransforms transforms = BlenderTransforms.read(sceneDir.resolve(split.fileName()));
    List<BlenderFrame> frames = select(transforms, viewIds);
    List<View> views =
        frames.parallelStream()
            .map(frame -> readView(sceneDir, transforms, frame, downscale))
            .toList();
    return new ViewSet(views);
  }

  /**
   * Fails with a message saying what was expected when {@code sceneDir} is not a Blender scene
   * folder.
   */
  public static void requireScene(Path sceneDir) {
    if (!Files.isDirectory(sceneDir)) {
      throw new UncheckedIOException(
          new IOException(
              "missing scene folder "
                  + sceneDir
                  + " (expected a NeRF Blender scene with transforms_train.json and train/*.png)"));
    }
  }

  /**
   * The image file of a frame: {@code file_path} relative to the scene, ".png" appended if absent.
   */
  public static Path imageFile(Path sceneDir, BlenderFrame frame) {
    String path = frame.filePath();
    if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
      path = path + ".png";
    }
    return sceneDir.resolve(path).normalize();
  }

  private static List<BlenderFrame> select(BlenderTransforms transforms, List<Integer> viewIds) {
    List<BlenderFrame> all = transforms.frames();
    if (viewIds.isEmpty()) {
      return all;
    }
    Set<Integer> seen = new HashSet<>();
    List<BlenderFrame> chosen = new ArrayList<>(viewIds.size());
    for (Integer id : viewIds) {
      if (id == null || id < 0 || id >= all.size()) {
        // A setting (trainViews / testViews) that does not fit the scene: a usage error.
        throw new ConfigException(
            "view id "
                + id
                + " is outside 0.."
                + (all.size() - 1)
                + ": "
                + transforms.file()
                + " has "
                + all.size()
                + " frames");
      }
      if (!seen.add(id)) {
        throw new ConfigException(
            "view id " + id + " is repeated (views of " + transforms.file() + ")");
      }
      chosen.add(all.get(id));
    }
    return chosen;
  }

  private static View readView(
      Path sceneDir, BlenderTransforms transforms, BlenderFrame frame, int downscale) {
    Path file = imageFile(sceneDir, frame);
    RgbImage full = RgbaPng.readOnWhite(file);
    RgbImage image;
    try {
      image = AreaDownscale.apply(full, downscale);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "downscale " + downscale + " does not fit " + file + ": " + e.getMessage(), e);
    }
    Camera camera =
        Camera.fromFieldOfView(full.width(), full.height(), transforms.cameraAngleX())
            .downscaled(downscale);
    return new View(frame.index(), frame.filePath(), image, camera, frame.pose());
  }
}
