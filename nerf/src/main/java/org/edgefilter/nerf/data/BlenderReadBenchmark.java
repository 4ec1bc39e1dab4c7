package org.edgefilter.nerf.data;

import java.nio.file.Path;
import java.util.List;
import org.edgefilter.framework.io.DataLocator;

/**
 * Prints how long reading a Blender scene's train and test splits takes, at full size and
 * downscaled by 4, twice each (the first pass includes JIT warm-up and a cold file cache).
 *
 * <p>Usage: {@code BlenderReadBenchmark [sceneDir]}; the default is {@code nerf_lego_400} under the
 * data root ({@link DataLocator}: {@code $EDGEFILTER_DATA}, else {@code ~/.cache/edgefilter}).
 */
public final class BlenderReadBenchmark {

  private BlenderReadBenchmark() {}

  /** Runs the benchmark and prints one line per measurement. */
  public static void main(String[] args) {
    Path scene =
        args.length > 0 ? Path.of(args[0]) : DataLocator.locate(null).resolve("nerf_lego_400");
    System.out.println(
        "scene " + scene + ", " + Runtime.getRuntime().availableProcessors() + " cores");
    for (int pass = 1; pass <= 2; pass++) {
      for (int factor : new int[] {1, 4}) {
        long start = System.nanoTime();
        ViewSet train = BlenderReader.read(scene, Split.TRAIN, factor, List.of());
        ViewSet test = BlenderReader.read(scene, Split.TEST, factor, List.of());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "pass %d factor %d: %d train + %d test views at %dx%d in %.2f s (%.1f ms/view)%n",
            pass,
            factor,
            train.size(),
            test.size(),
            train.camera().width(),
            train.camera().height(),
            seconds,
            1000 * seconds / (train.size() + test.size()));
      }
    }
  }
}
