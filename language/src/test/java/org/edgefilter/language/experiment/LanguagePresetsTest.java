package org.edgefilter.language.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.cli.Presets;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.model.EncoderConfig;
import org.edgefilter.language.model.NormPlacement;
import org.junit.jupiter.api.Test;

class LanguagePresetsTest {

  @Test
  void everyTaskHasSmokeQuickAndPaper() {
    for (GlueTask task : GlueTask.values()) {
      Presets<LanguageConfig> presets = LanguagePresets.forTask(task);
      assertEquals(List.of("smoke", "quick", "paper"), presets.names());
      for (String name : presets.names()) {
        LanguageConfig config = presets.get(name);
        assertEquals(task, config.task());
        assertEquals(FilterMode.HIGH_PASS, config.filter().mode());
        assertEquals(3, config.filter().kernelSize());
        assertEquals(
            config.model().layers() / 2, config.filter().position(), "after the middle layer");
      }
    }
    assertEquals(64, LanguagePresets.forTask(GlueTask.SST2).get("quick").model().maxLength());
    assertEquals(128, LanguagePresets.forTask(GlueTask.QNLI).get("quick").model().maxLength());
  }

  @Test
  void paperPresetIsBertBase() {
    // Devlin et al., NAACL 2019, Section 3: L=12, H=768, A=12, feed-forward 4H = 3072.
    EncoderConfig paper = LanguagePresets.forTask(GlueTask.SST2).get("paper").model();
    assertEquals(
        new EncoderConfig(12, 768, 12, 3072, 128, 0.1f, 0.1f, NormPlacement.POST, 0.02, 1e-12f),
        paper);
    assertEquals(30522, LanguagePresets.forTask(GlueTask.QQP).get("paper").data().vocabSize());
  }

  @Test
  void overridesAreCheckedAndArmsNamed() {
    Presets<LanguageConfig> presets = LanguagePresets.forTask(GlueTask.SST2);
    LanguageConfig config =
        presets.resolve(
            "quick",
            List.of(
                "model.layers=4", "filter.position=3", "filter.kernelSize=5", "model.norm=pre"));
    assertEquals(4, config.model().layers());
    assertEquals("ef-mean-k5-p3", config.arm());
    assertEquals("baseline", config.withFilterMode(FilterMode.IDENTITY).arm());
    ConfigException beyond =
        assertThrows(
            ConfigException.class, () -> presets.resolve("quick", List.of("filter.position=3")));
    assertEquals(
        presets.resolve("quick", List.of("filter.position=2")).baseline(),
        presets.get("quick").baseline(),
        "baselines do not depend on the filter's settings");
    assertTrue(
        beyond.getMessage().contains("filter.position 3 does not exist in the 2-layer encoder"),
        beyond.getMessage());
    assertThrows(
        ConfigException.class, () -> presets.resolve("quick", List.of("filter.kind=median")));
    assertEquals(
        ExitCodes.USAGE,
        Cli.exitCodeOf(
            assertThrows(
                ConfigException.class,
                () -> presets.resolve("quick", List.of("filter.padding=zero")))));
    assertThrows(ConfigException.class, () -> presets.resolve("quick", List.of("model.heads=3")));
    assertThrows(ConfigException.class, () -> presets.resolve("quick", List.of("train.epoch=3")));
    ConfigException renamed =
        assertThrows(
            ConfigException.class, () -> presets.resolve("quick", List.of("training.epochs=3")));
    assertTrue(renamed.getMessage().contains("use --set train.epochs=3"), renamed.getMessage());
  }
}
