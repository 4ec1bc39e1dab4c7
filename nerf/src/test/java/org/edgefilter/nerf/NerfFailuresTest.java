package org.edgefilter.nerf;

import static org.edgefilter.framework.cli.CliTesting.assertEachRejectedBeforeWriting;
import static org.edgefilter.framework.cli.CliTesting.assertOneErrorLine;
import static org.edgefilter.framework.cli.CliTesting.files;
import static org.edgefilter.framework.cli.CliTesting.smokeArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edgefilter.framework.cli.CliTesting;
import org.edgefilter.framework.cli.CliTesting.Run;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.nerf.data.SyntheticScene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 for NeRF: the whole configuration is validated before any file is written (item 2), and
 * a damaged scene file is one {@code error:} line naming it, with exit 6 (item 5). The scene is
 * generated here: four 16x16 training and two test views in the Blender layout.
 */
class NerfFailuresTest {

  @TempDir Path runs;

  @TempDir Path data;

  private Path scene;

  @BeforeEach
  void writeScene() throws IOException {
    scene = data.resolve("nerf_lego_400");
    List<String> train = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      SyntheticScene.writeRgba(scene.resolve("train/r_" + k + ".png"), 16, 16);
      train.add("./train/r_" + k);
    }
    SyntheticScene.writeTransforms(scene.resolve("transforms_train.json"), train);
    SyntheticScene.writeRgba(scene.resolve("test/r_0.png"), 16, 16);
    SyntheticScene.writeRgba(scene.resolve("test/r_1.png"), 16, 16);
    SyntheticScene.writeTransforms(
        scene.resolve("transforms_test.json"), List.of("./test/r_0", "./test/r_1"));
  }

  /** The smoke preset on the generated scene . */
  private Run train(String... more) {
    return CliTesting.run(
        new NerfCli(),
        smokeArgs(
            "train",
            runs,
            data,
            "--set",
            "downscale=1",
            "--set",
            "trainViews=0,1,2,3",
            "--set",
            "testViews=0,1"),
        more);
  }

  @Test
  void settingsThatCannotRunAreRejectedBeforeAnyFileIsWritten() throws IOException {
    assertEachRejectedBeforeWriting(
        this::train,
        runs,
        List.of(
            new String[] {"--set", "train.epochs=0", "epochs must be >= 1, got 0"},
            new String[] {"--set", "train.batchSize=0", "train.batchSize must be >= 1, got 0"},
            new String[] {"--set", "train.learningRate=0", "train.learningRate"},
            new String[] {"--set", "filter.position=9", "filter.position 9 does not exist"},
            new String[] {"--set", "filter.kernelSize=4", "filter.kernelSize must be odd"},
            new String[] {"--set", "renderChunk=0", "renderChunk must be >= 1, got 0"},
            new String[] {"--set", "testViews=7", "view id 7 is outside 0..1"},
            new String[] {
              "--set",
              "train.batchSize=1100",
              "train.batchSize 1100 exceeds the 1024" + " training pixels (4 views of 16x16)"
            },
            new String[] {
              "--set",
              "downscale=2",
              "the test views are 8x8 pixels at this downscale;" + " SSIM needs at least 11x11"
            },
            new String[] {"--set", "mlp.depht=2", "did you mean 'mlp.depth'"},
            new String[] {"--arm", "filtr", "--arm must be baseline or filter, got 'filtr'"}));
  }

  @Test
  void aDamagedSceneFileIsOneLineNamingItAndWritesNothing() throws IOException {
    Path transforms = scene.resolve("transforms_train.json");
    String json = Files.readString(transforms);
    Files.writeString(transforms, json.substring(0, json.length() / 2));
    Run cut = train();
    assertEquals(ExitCodes.BAD_DATA, cut.code(), cut.err());
    assertOneErrorLine(cut, transforms + ":1:");
    assertTrue(cut.err().contains("not valid JSON"), cut.err());

    Files.writeString(transforms, json.replace("[0,0,1,4],[0,0,0,1]]}]}", "[0,0,1,4]]}]}"));
    Run matrix = train();
    assertEquals(ExitCodes.BAD_DATA, matrix.code(), matrix.err());
    assertOneErrorLine(
        matrix,
        transforms
            + ": frame 3 (./train/r_3): \"transform_matrix\" must"
            + " be a 4x4 array of numbers, got 3 rows");

    Files.writeString(transforms, json);
    Path png = scene.resolve("train/r_2.png");
    Files.write(png, Arrays.copyOf(Files.readAllBytes(png), 60));
    Run image = train();
    assertEquals(ExitCodes.BAD_DATA, image.code(), image.err());
    assertOneErrorLine(image, png + ": ");
    assertFalse(image.err().contains("Exception"), image.err());
    assertEquals(List.of(), files(runs));
  }
}
