package org.edgefilter.audio.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.edgefilter.framework.io.Json;
import org.junit.jupiter.api.Test;

class FeatureConfigTest {

  @Test
  void presetsHaveTheDocumentedShapes() {
    FeatureConfig fsdd = FeatureConfig.fsdd();
    assertEquals(8000, fsdd.clipSamples());
    assertArrayEquals(new long[] {101, 40, 1}, fsdd.inputShape());
    assertEquals(4000.0, fsdd.fmax());
    FeatureConfig us8k = FeatureConfig.urbanSound8k();
    assertEquals(32000, us8k.clipSamples());
    assertArrayEquals(new long[] {126, 64, 1}, us8k.inputShape());
    assertEquals(PaddingMode.ZERO, us8k.padding());
    assertEquals(Normalization.DATASET, us8k.normalization());
    // Both presets build a filterbank without empty bands.
    new LogMelSpectrogram(fsdd);
    new LogMelSpectrogram(us8k);
  }

  @Test
  void roundTripsThroughSnakeCaseJson() throws Exception {
    FeatureConfig config =
        FeatureConfig.urbanSound8k().toBuilder()
            .optPadding(PaddingMode.LOOP)
            .optMelScale(MelScale.HTK)
            .optFmin(20)
            .build();
    String json = Json.write(config);
    assertTrue(json.contains("\"n_fft\" : 512"), json);
    assertTrue(json.contains("\"clip_seconds\" : 4.0"), json);
    assertTrue(json.contains("\"padding\" : \"LOOP\""), json);
    assertEquals(config, Json.mapper().readValue(json, FeatureConfig.class));
    String extra = json.replaceFirst("\\{", "{ \"window\" : \"hamming\",");
    assertThrows(
        UnrecognizedPropertyException.class,
        () -> Json.mapper().readValue(extra, FeatureConfig.class));
    String misspelt = json.replace("\"n_mels\"", "\"n_mel\"");
    assertThrows(
        JsonMappingException.class, () -> Json.mapper().readValue(misspelt, FeatureConfig.class));
  }

  @Test
  void builderChecksRequiredAndRanges() {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () ->
                FeatureConfig.builder()
                    .setSampleRate(8000)
                    .setNFft(256)
                    .setNMels(40)
                    .setClipSeconds(1)
                    .build());
    assertTrue(missing.getMessage().contains("setHopLength"), missing.getMessage());
    FeatureConfig.Builder base = FeatureConfig.fsdd().toBuilder();
    assertThrows(IllegalArgumentException.class, () -> base.optFmax(4001).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> FeatureConfig.fsdd().toBuilder().setNFft(400).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> FeatureConfig.fsdd().toBuilder().setClipSeconds(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> FeatureConfig.fsdd().toBuilder().setHopLength(512).build());
  }
}
