package org.edgefilter.audio.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.io.Json;
import org.junit.jupiter.api.Test;

class AudioPresetsTest {

  @Test
  void everyPresetSurvivesTheTripThroughConfigJson() {
    for (AudioDataset dataset : AudioDataset.values()) {
      for (String name : AudioPresets.of(dataset).names()) {
        AudioConfig config = AudioPresets.resolve(dataset, name, List.of());
        assertEquals(dataset, config.dataset());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = Json.mapper().convertValue(config, Map.class);
        assertTrue(json.containsKey("train_per_class"), json.toString());
        assertEquals(
            config, Json.mapper().convertValue(json, AudioConfig.class), dataset + " " + name);
      }
    }
    assertEquals(List.of("smoke", "quick", "paper"), AudioPresets.of(AudioDataset.FSDD).names());
  }

  @Test
  void paperAndQuickFollowTheStatedTraining() {
    for (AudioDataset dataset : AudioDataset.values()) {
      AudioConfig paper = AudioPresets.resolve(dataset, "paper", List.of());
      assertEquals(20, paper.train().epochs());
      assertEquals(1e-3, paper.train().learningRate());
      assertEquals(32, paper.train().batchSize());
      assertEquals(3, paper.model().channels().size());
      assertEquals(1, paper.filter().position());
      assertEquals(FilterMode.HIGH_PASS, paper.filter().mode());
      assertEquals(0, paper.trainPerClass());
    }
  }

  @Test
  void overridesReachNestedKeysAndTheDatasetStaysWhatTheOptionSays() {
    AudioConfig moved =
        AudioPresets.resolve(
            AudioDataset.URBANSOUND8K,
            "quick",
            List.of(
                "filter.position=3",
                "filter.kernelSize=5",
                "testFolds=1,2",
                "train.bnRecalibration=0"));
    assertEquals(3, moved.filter().position());
    assertEquals(5, moved.filter().kernelSize());
    assertEquals(List.of(1, 2), moved.testFolds());
    assertEquals(0, moved.train().bnRecalibration());
    ConfigException past =
        assertThrows(
            ConfigException.class,
            () -> AudioPresets.resolve(AudioDataset.FSDD, "quick", List.of("filter.position=4")));
    assertTrue(past.getMessage().contains("filter.position 4 does not exist"), past.getMessage());
    assertThrows(
        ConfigException.class,
        () -> AudioPresets.resolve(AudioDataset.FSDD, "quick", List.of("dataset=URBANSOUND8K")));
    assertThrows(
        ConfigException.class,
        () -> AudioPresets.resolve(AudioDataset.FSDD, "quick", List.of("testFolds=3")));
  }
}
