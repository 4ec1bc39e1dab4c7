package org.edgefilter.framework.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.edgefilter.framework.cli.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPathTest {

  @TempDir Path root;

  @Test
  void buildsAndParsesTheOneLayout() {
    RunPath run = new RunPath(root, "vision", "quick", "ef-mean-k11-p1", 2);
    assertEquals(root.resolve("vision/quick/ef-mean-k11-p1/seed-2"), run.path());
    assertEquals("vision/quick/ef-mean-k11-p1/seed-2", run.relative());
    assertEquals(root.resolve("vision/quick"), run.experimentDir());
    assertEquals(Optional.of(run), RunPath.tryParse(run.path()));
    assertEquals(Optional.empty(), RunPath.tryParse(root.resolve("vision/quick/baseline/s-2")));
    assertEquals(Optional.empty(), RunPath.tryParse(root.resolve("vision/quick/baseline/seed-01")));
    assertThrows(IllegalArgumentException.class, () -> new RunPath(root, "vision", "../x", "a", 0));
  }

  @Test
  void anExistingRunNeedsItsConfig() throws Exception {
    RunPath run = new RunPath(root, "nerf", "quick", "baseline", 0);
    ConfigException missing =
        assertThrows(
            ConfigException.class,
            () -> RunPath.requireExisting(run.path(), "nerf", "train it first"));
    assertTrue(missing.getMessage().startsWith("no run at " + run.path()), missing.getMessage());
    assertTrue(missing.getMessage().endsWith("train it first"), missing.getMessage());
    Files.createDirectories(run.path());
    Files.writeString(run.path().resolve(ResolvedConfig.FILE_NAME), "{}");
    assertEquals(run, RunPath.requireExisting(run.path(), "nerf", "x"));
    ConfigException other =
        assertThrows(
            ConfigException.class, () -> RunPath.requireExisting(run.path(), "audio", "x"));
    assertTrue(other.getMessage().contains("is a nerf run, not audio"), other.getMessage());
  }
}
