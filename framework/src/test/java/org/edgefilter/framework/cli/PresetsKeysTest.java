package org.edgefilter.framework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.junit.jupiter.api.Test;

/** The vocabulary features of {@link Presets}: enum spelling, {@code @Key}, renamed keys. */
class PresetsKeysTest {

  enum Axis {
    FEATURES,
    SAMPLES
  }

  record Train(int epochs, double learningRate) {}

  record Study(FilterConfig filter, @Presets.Key("filter.axis") Axis filterAxis, Train train) {}

  static final Presets<Study> PRESETS =
      Presets.builder(Study.class)
          .add(
              "quick",
              new Study(FilterConfig.highPassMean(3, 1), Axis.FEATURES, new Train(2, 1e-3)))
          .renamed("filter.k", "filter.kernelSize")
          .renamed("training.", "train.")
          .build();

  @Test
  void enumsTakeTheirCommandLineSpellingAndModalityKeysSitBesideTheSharedOnes() {
    Study s =
        PRESETS.resolve(
            "quick",
            List.of(
                "filter.mode=low-pass",
                "filter.kind=discrete-gaussian",
                "filter.padding=zero",
                "filter.axis=samples",
                "filter.kernelSize=5",
                "filter.position=2",
                "filter.scale=2"));
    assertEquals(
        new FilterConfig(
            FilterMode.LOW_PASS, LowPass.Kind.DISCRETE_GAUSSIAN, 2, 5, Padding.ZERO, 2),
        s.filter());
    assertEquals(Axis.SAMPLES, s.filterAxis());
    assertEquals("ef-discrete-gaussian-s2-k5-p2-zero-low-pass", s.filter().armName());
    assertTrue(Presets.keyTypes(Study.class).containsKey("filter.axis"));
    assertEquals(
        "one of high-pass|low-pass|low-pass-no-grad|identity",
        Presets.keyTypes(Study.class).get("filter.mode"));
    assertEquals(PRESETS.get("quick"), PRESETS.resolve("quick", List.of("filter.mode=HIGH_PASS")));
  }

  @Test
  void renamedKeysAndPrefixesNameTheirNewKey() {
    ConfigException exact =
        assertThrows(ConfigException.class, () -> PRESETS.resolve("quick", List.of("filter.k=7")));
    assertEquals("key 'filter.k' was renamed: use --set filter.kernelSize=7", exact.getMessage());
    ConfigException prefix =
        assertThrows(
            ConfigException.class,
            () -> PRESETS.resolve("quick", List.of("training.learningRate=0.1")));
    assertEquals(
        "key 'training.learningRate' was renamed: use --set train.learningRate=0.1",
        prefix.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Presets.builder(Study.class).renamed("training.", "train"));
  }
}
