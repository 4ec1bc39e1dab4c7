package org.edgefilter.nerf.data;

import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.nerf.geometry.Camera;
import org.edgefilter.nerf.geometry.CameraPose;

/**
 * One posed image of a scene.
 *
 * @param id the frame's position in its transforms file (view id)
 * @param filePath the frame's {@code file_path}
 * @param image [H, W, 3] composited on white, in [0, 1]
 * @param camera intrinsics matching the image size
 * @param pose camera to world
 */
public record View(int id, String filePath, RgbImage image, Camera camera, CameraPose pose) {

  public View {
    if (image.width() != camera.width() || image.height() != camera.height()) {
      throw new IllegalArgumentException(
          "view "
              + filePath
              + ": image "
              + image.width()
              + "x"
              + image.height()
              + " does not match camera "
              + camera.width()
              + "x"
              + camera.height());
    }
  }
}
