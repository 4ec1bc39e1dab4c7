package org.edgefilter.framework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetsTest {

  enum Kind {
    MEAN,
    GAUSSIAN,
    MEDIAN
  }

  record Optimizer(String name, double lr, float momentum) {}

  record Config(
      int epochs,
      long steps,
      double decay,
      boolean augment,
      String model,
      Kind kind,
      List<Integer> widths,
      List<String> corruptions,
      Optimizer optimizer,
      Path out) {
    Config {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
      }
      widths = List.copyOf(widths);
      corruptions = List.copyOf(corruptions);
    }
  }

  private static final Config QUICK =
      new Config(
          2,
          100,
          5e-4,
          true,
          "wrn16_4",
          Kind.MEAN,
          List.of(16, 32),
          List.of("fog"),
          new Optimizer("sgd", 0.1, 0.9f),
          Path.of("out"));

  private static final Presets<Config> PRESETS =
      Presets.builder(Config.class)
          .add(
              "smoke",
              new Config(
                  1,
                  2,
                  0,
                  false,
                  "tiny",
                  Kind.MEAN,
                  List.of(4),
                  List.of(),
                  new Optimizer("sgd", 0.1, 0f),
                  Path.of("o")))
          .add("quick", QUICK)
          .build();

  @Test
  void everySupportedTypeCanBeOverridden() {
    Config c =
        PRESETS.resolve(
            "quick",
            List.of(
                "epochs=5",
                "steps=1000000000000",
                "decay=1e-3",
                "augment=FALSE",
                "model=resnet18",
                "kind=gaussian",
                "widths=8, 16,64",
                "corruptions=[gaussian_noise,shot_noise]",
                "optimizer.lr=0.05",
                "optimizer.momentum=0.5",
                "out=/tmp/x"));
    assertEquals(
        new Config(
            5,
            1_000_000_000_000L,
            1e-3,
            false,
            "resnet18",
            Kind.GAUSSIAN,
            List.of(8, 16, 64),
            List.of("gaussian_noise", "shot_noise"),
            new Optimizer("sgd", 0.05, 0.5f),
            Path.of("/tmp/x")),
        c);
  }

  @Test
  void noOverridesGiveThePresetItselfAndLaterAssignmentsWin() {
    assertSame(QUICK, PRESETS.resolve("quick", List.of()));
    assertEquals(7, PRESETS.resolve("quick", List.of("epochs=3", "epochs=7")).epochs());
    assertEquals(List.of(), PRESETS.resolve("quick", List.of("widths=")).widths());
    assertEquals("a=b", PRESETS.resolve("quick", List.of("model=a=b")).model());
  }

  @Test
  void unknownKeyListsTheValidKeys() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> PRESETS.resolve("quick", List.of("epoch=3")));
    String message = e.getMessage();
    assertTrue(
        message.contains("unknown key 'epoch' for Config (did you mean 'epochs'?)"), message);
    for (String key :
        List.of(
            "epochs (int)",
            "steps (long)",
            "decay (double)",
            "augment (boolean)",
            "model (String)",
            "kind (one of mean|gaussian|median)",
            "widths (list of int)",
            "corruptions (list of String)",
            "optimizer.name (String)",
            "optimizer.lr (double)",
            "optimizer.momentum (float)",
            "out (Path)")) {
      assertTrue(message.contains(key), "lists " + key + ": " + message);
    }
    ConfigException group =
        assertThrows(
            ConfigException.class, () -> PRESETS.resolve("quick", List.of("optimizer=adam")));
    assertTrue(group.getMessage().contains("unknown key 'optimizer'"), group.getMessage());
  }

  @Test
  void badValuesNameKeyAndExpectation() {
    assertMessage("epochs=x: expected int", "epochs=x");
    assertMessage("widths[1]=y: expected int", "widths=1,y");
    assertMessage("augment=yes: expected true or false", "augment=yes");
    assertMessage("kind=box: expected one of mean|gaussian|median", "kind=box");
    assertMessage("decay=NaN: expected a finite number", "decay=NaN");
    assertMessage("--set 'epochs': expected key=value", "epochs");
    assertMessage("Config rejected epochs=0: epochs must be >= 1, got 0", "epochs=0");
  }

  @Test
  void unknownPresetListsTheNames() {
    ConfigException e = assertThrows(ConfigException.class, () -> PRESETS.get("paper"));
    assertTrue(e.getMessage().contains("valid presets: smoke, quick"), e.getMessage());
    assertEquals(List.of("smoke", "quick"), PRESETS.names());
  }

  @Test
  void keyTypesInDeclarationOrder() {
    Map<String, String> keys = Presets.keyTypes(Optimizer.class);
    assertEquals(List.of("name", "lr", "momentum"), List.copyOf(keys.keySet()));
  }

  private static void assertMessage(String expected, String assignment) {
    ConfigException e =
        assertThrows(ConfigException.class, () -> PRESETS.resolve("quick", List.of(assignment)));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
