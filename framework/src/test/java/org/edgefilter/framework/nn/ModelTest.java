package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTest {

  @TempDir Path dir;

  private static Parameter weight(Model m, String scope) {
    return m.params()
        .child(scope)
        .create(ParameterSpec.of("w", Role.WEIGHT, Initializers.normal(1), 2, 3));
  }

  @Test
  void saveAndRestoreRoundTripAllVariables() {
    float[] saved;
    try (Model a = new Model(1)) {
      Parameter w = weight(a, "a");
      a.initialize();
      saved = a.read(w);
      a.saveVariables(dir.resolve("ckpt/variables"));
    }
    try (Model b = new Model(2)) {
      Parameter w = weight(b, "a");
      b.restoreVariables(dir.resolve("ckpt/variables"));
      assertTrue(b.isInitialized(w));
      assertArrayEquals(saved, b.read(w));
    }
  }

  @Test
  void loadParametersTakesOnlyTheNamedOnes() {
    float[] saved;
    try (Model a = new Model(1)) {
      Parameter w = weight(a, "a");
      a.initialize();
      saved = a.read(w);
      a.saveVariables(dir.resolve("v"));
    }
    try (Model b = new Model(2)) {
      Parameter w = weight(b, "a");
      Parameter extra = weight(b, "extra");
      b.initialize();
      float[] extraBefore = b.read(extra);
      b.loadParameters(dir.resolve("v"), List.of(w));
      assertArrayEquals(saved, b.read(w));
      assertArrayEquals(extraBefore, b.read(extra));
      assertThrows(Exception.class, () -> b.loadParameters(dir.resolve("v"), List.of(extra)));
    }
  }

  @Test
  void snapshotRestoresExactly() {
    try (Model m = new Model(1)) {
      Parameter w = weight(m, "a");
      m.initialize();
      float[] before = m.read(w);
      ParameterSnapshot snap = m.snapshot(List.of(w));
      m.write(w, new float[6]);
      m.restore(snap);
      assertArrayEquals(before, m.read(w));
    }
  }

  @Test
  void parametersCreatedAfterTheFirstSaveAreRefused() {
    try (Model m = new Model(1)) {
      weight(m, "a");
      m.initialize();
      m.saveVariables(dir.resolve("x"));
      weight(m, "b");
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> m.saveVariables(dir.resolve("y")));
      assertTrue(e.getMessage().contains("after the first"));
    }
  }

  @Test
  void writeChecksLength() {
    try (Model m = new Model(1)) {
      Parameter w = weight(m, "a");
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> m.write(w, new float[5]));
      assertTrue(e.getMessage().contains("a/w[2, 3] needs 6 values, got 5"), e.getMessage());
    }
  }
}
