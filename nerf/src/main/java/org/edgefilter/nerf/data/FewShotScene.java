package org.edgefilter.nerf.data;

import java.nio.file.Path;

/**
 * The training and evaluation views of a few-shot run.
 *
 * @param train the split's training views, in its order
 * @param test the evaluation views
 */
public record FewShotScene(ViewSet train, ViewSet test) {

  /**
   * Reads the views of {@code split} from a Blender scene folder.
   *
   * @param downscale integer factor applied to every image (see {@link BlenderReader})
   */
  public static FewShotScene load(Path sceneDir, FewShotSplit split, int downscale) {
    ViewSet train = BlenderReader.read(sceneDir, Split.TRAIN, downscale, split.trainIds());
    ViewSet test = BlenderReader.read(sceneDir, Split.TEST, downscale, split.testIds());
    if (!train.camera().equals(test.camera())) {
      throw new IllegalArgumentException(
          sceneDir
              + ": train camera "
              + train.camera()
              + " differs from test camera "
              + test.camera());
    }
    return new FewShotScene(train, test);
  }
}
