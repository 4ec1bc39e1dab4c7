package org.edgefilter.nerf.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.cli.Presets;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.io.Json;
import org.edgefilter.nerf.model.FilterAxis;
import org.edgefilter.nerf.model.MlpConfig;
import org.junit.jupiter.api.Test;

class NerfPresetsTest {

  private final Presets<NerfConfig> presets = NerfPresets.presets();

  @Test
  void paperPresetHasNerfsSettings() {
    NerfConfig paper = presets.get("paper");
    // NeRF (Mildenhall et al. 2020): 8 x 256 MLP, skip at layer 5, L = 10 / 4, 64 + 128 samples,
    // 1024 rays, Adam 5e-4 decaying to 5e-5; DietNeRF's 8 views at 400x400.
    assertEquals(MlpConfig.NERF, paper.mlp());
    assertEquals(64, paper.sampling().coarseSamples());
    assertEquals(128, paper.sampling().fineSamples());
    assertEquals(1024, paper.train().batchSize());
    assertEquals(5e-4, paper.train().learningRate());
    assertEquals(5e-5, paper.train().finalLearningRate());
    assertEquals(List.of(26, 86, 2, 55, 75, 93, 16, 73), paper.trainViews());
    assertEquals(1, paper.downscale());
    assertEquals(List.of("smoke", "quick", "paper"), presets.names());
    assertEquals(4, presets.get("quick").downscale());
  }

  @Test
  void overridesReachNestedFieldsAndBadOnesAreNamed() {
    NerfConfig c =
        presets.resolve(
            "quick",
            List.of("filter.axis=samples", "mlp.width=32", "train.epochs=3", "testViews=0,8"));
    assertEquals(FilterAxis.SAMPLES, c.filterAxis());
    assertEquals(32, c.mlp().width());
    assertEquals(3, c.train().epochs());
    assertEquals(List.of(0, 8), c.testViews());
    ConfigException unknown =
        assertThrows(ConfigException.class, () -> presets.resolve("quick", List.of("mlp.widht=3")));
    assertTrue(unknown.getMessage().contains("mlp.width"), unknown.getMessage());
    ConfigException beyond =
        assertThrows(
            ConfigException.class, () -> presets.resolve("quick", List.of("filter.position=9")));
    assertTrue(
        beyond.getMessage().contains("filter.position 9 does not exist"), beyond.getMessage());
    ConfigException renamed =
        assertThrows(
            ConfigException.class, () -> presets.resolve("quick", List.of("filter.afterLayer=3")));
    assertTrue(renamed.getMessage().contains("filter.position=3"), renamed.getMessage());
    assertThrows(
        ConfigException.class, () -> presets.resolve("quick", List.of("filter.kernelSize=4")));
  }

  @Test
  void configSurvivesTheJsonRoundTripOfConfigJson() {
    NerfConfig c = presets.resolve("quick", List.of("filter.kind=gaussian", "filter.scale=2"));
    @SuppressWarnings("unchecked")
    Map<String, Object> asMap = Json.mapper().convertValue(c, Map.class);
    assertEquals(c, Json.mapper().convertValue(asMap, NerfConfig.class));
  }

  @Test
  void baselineArmSwitchesOnlyTheFilterModeOff() {
    NerfConfig c = presets.get("quick");
    NerfConfig baseline = Arm.BASELINE.configure(c);
    assertEquals(FilterMode.IDENTITY, baseline.filter().mode());
    assertEquals(c.filter().baseline(), baseline.filter());
    assertEquals("baseline", baseline.armName());
    assertEquals("ef-mean-k3-p4", c.armName());
    assertEquals(c.mlp(), baseline.mlp());
    assertEquals(c, Arm.FILTER.configure(c));
    assertEquals(FilterMode.HIGH_PASS, c.filter().mode());
  }

  @Test
  void learningRateDecaysExponentiallyFromStartToEnd() {
    TrainConfig t = new TrainConfig(1024, 10, 5e-4, 5e-5, 10, 0);
    assertEquals(5e-4, t.rate(0, 1000), 1e-15);
    assertEquals(5e-5, t.rate(1000, 1000), 1e-15);
    // Halfway the rate is the geometric mean sqrt(5e-4 * 5e-5).
    assertEquals(Math.sqrt(5e-4 * 5e-5), t.rate(500, 1000), 1e-12);
    assertEquals(5e-5, t.rate(5000, 1000), 1e-15);
    assertEquals(10 * (1000 / 1024), NerfTraining.totalSteps(t, 1000));
    assertEquals(10L * 78, NerfTraining.totalSteps(t, 80_000));
  }
}
