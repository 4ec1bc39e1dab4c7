package org.edgefilter.vision.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paper's per-architecture filter defaults, applied at preset resolution. */
class ArchitectureDefaultsTest {

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);

  private VisionConfig resolve(String preset, String... overrides) {
    return VisionConfig.resolve(preset, List.of(overrides), out);
  }

  private String printed() {
    return log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void switchingTheArchitectureAloneGivesThePapersSlot() {
    VisionConfig resnet = resolve("quick", "model.arch=resnet18");
    assertEquals(2, resnet.filter().position());
    assertEquals(11, resnet.filter().kernelSize(), "ResNet18 keeps the preset's window");
    VisionConfig vit = resolve("quick", "model.arch=vit");
    // After the last of the 6 encoder blocks (ModelConfig.wrn's ViT fields), k = 7.
    assertEquals(6, vit.filter().position());
    assertEquals(7, vit.filter().kernelSize());
    assertTrue(
        printed()
            .contains(
                "model.arch=vit: filter at position 6 with kernel size 7 (the"
                    + " paper's vit defaults where not set"),
        printed());
    VisionConfig deeper = resolve("quick-vit", "model.vitDepth=6");
    assertEquals(6, deeper.filter().position(), "the ViT slot follows the depth");
    // A shallower ViT than the preset's slot is resolved too: the default moves with the depth.
    assertEquals(2, resolve("quick-vit", "model.vitDepth=2").filter().position());
    VisionConfig back = resolve("quick-resnet18", "model.arch=wrn");
    assertEquals(1, back.filter().position());
    assertEquals(11, back.filter().kernelSize());
  }

  @Test
  void anExplicitOverrideWinsAndIsPrinted() {
    VisionConfig c = resolve("quick", "model.arch=resnet18", "filter.position=3");
    assertEquals(3, c.filter().position());
    assertTrue(
        printed().contains("filter.position=3 as set (the paper's default for resnet18 is 2)"),
        printed());
    VisionConfig v = resolve("quick", "filter.kernelSize=5", "model.arch=vit");
    assertEquals(5, v.filter().kernelSize());
    assertEquals(6, v.filter().position());
    assertTrue(
        printed().contains("filter.kernelSize=5 as set (the paper's default for vit is 7)"),
        printed());
  }

  @Test
  void presetsKeepTheirOwnChoicesAndCarryTheDefaults() {
    assertEquals(3, resolve("smoke").filter().kernelSize(), "smoke's small window stands");
    assertEquals("", printed());
    VisionConfig resnet = VisionConfig.presets().get("quick-resnet18");
    assertEquals("resnet18", resnet.model().arch());
    assertEquals(resnet.model().paperFilterPosition(), resnet.filter().position());
    VisionConfig vit = VisionConfig.presets().get("quick-vit");
    assertEquals(vit.model().vitDepth(), vit.filter().position());
    assertEquals(7, vit.filter().kernelSize());
    VisionConfig tiny = VisionConfig.presets().get("tiny-imagenet");
    assertEquals("tiny-imagenet", tiny.data().dataset());
    assertEquals(2, tiny.filter().position());
  }
}
