package org.edgefilter.framework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLocatorTest {

  @TempDir Path dir;

  @Test
  void explicitBeatsEnvironmentBeatsHome() {
    Path home = dir.resolve("home");
    Map<String, String> env = Map.of(DataLocator.ENV, dir.resolve("env").toString());
    DataLocator explicit = DataLocator.locate(dir.resolve("opt"), env, home);
    assertEquals(dir.resolve("opt"), explicit.root());
    assertEquals(DataLocator.Source.OPTION, explicit.source());
    DataLocator fromEnv = DataLocator.locate(null, env, home);
    assertEquals(dir.resolve("env"), fromEnv.root());
    assertEquals(DataLocator.Source.ENVIRONMENT, fromEnv.source());
    DataLocator fallback = DataLocator.locate(null, Map.of(DataLocator.ENV, " "), home);
    assertEquals(home.resolve(".cache/edgefilter"), fallback.root());
    assertEquals(DataLocator.Source.DEFAULT, fallback.source());
  }

  @Test
  void aResolvedRootKeepsItsRealSource() {
    Path home = dir.resolve("home");
    Map<String, String> env = Map.of(DataLocator.ENV, dir.resolve("env").toString());
    assertEquals(
        DataLocator.Source.ENVIRONMENT,
        DataLocator.forRoot(dir.resolve("x/../env"), env, home).source());
    assertEquals(
        DataLocator.Source.OPTION, DataLocator.forRoot(dir.resolve("opt"), env, home).source());
    assertEquals(
        DataLocator.Source.DEFAULT,
        DataLocator.forRoot(home.resolve(".cache/edgefilter"), Map.of(), home).source());
    MissingDataException e =
        assertThrows(
            MissingDataException.class,
            () -> DataLocator.forRoot(dir.resolve("env"), env, home).require("cifar", "CIFAR-10"));
    assertTrue(e.getMessage().contains("from " + DataLocator.ENV), e.getMessage());
  }

  @Test
  void requireReturnsAnExistingPath() throws Exception {
    Files.createDirectories(dir.resolve("cifar10"));
    Files.writeString(dir.resolve("cifar10/test.bin"), "x");
    DataLocator data = DataLocator.locate(dir, Map.of(), dir);
    assertEquals(dir.resolve("cifar10/test.bin"), data.require("cifar10/test.bin", "test batch"));
    assertEquals(
        dir.resolve("cifar10"),
        data.requireAny("CIFAR-10", null, List.of("cifar-10-batches-bin", "cifar10")));
  }

  @Test
  void missingDataNamesEveryPathWhatAndDownload() {
    DataLocator data = DataLocator.locate(null, Map.of(), dir.resolve("nohome"));
    MissingDataException e =
        assertThrows(
            MissingDataException.class,
            () ->
                data.requireAny(
                    "CIFAR-10 binary batches",
                    "Fetch it with `./edgefilter vision download cifar10`",
                    List.of("cifar-10-batches-bin", "cifar10")));
    Path root = dir.resolve("nohome/.cache/edgefilter");
    List<Path> expected = List.of(root.resolve("cifar-10-batches-bin"), root.resolve("cifar10"));
    assertEquals(expected, e.lookedAt());
    String message = e.getMessage();
    assertTrue(message.contains("CIFAR-10 binary batches"), message);
    for (Path p : expected) {
      assertTrue(message.contains("looked at: " + p), message);
    }
    assertTrue(message.contains("EDGEFILTER_DATA is unset"), message);
    assertTrue(message.contains("this folder does not exist"), message);
    assertTrue(
        message.contains(
            "Fetch it with `./edgefilter vision download cifar10`, or point"
                + " --data DIR or EDGEFILTER_DATA at a folder that has it."),
        message);
    // Without a release to name, the message names no command.
    MissingDataException plain =
        assertThrows(
            MissingDataException.class,
            () -> data.require("cifar10_jpg/test_jpg.zip", "CIFAR-10 JPEG test"));
    assertFalse(plain.getMessage().contains("download"), plain.getMessage());
  }

  @Test
  void pathsMayNotLeaveTheRoot() {
    DataLocator data = DataLocator.locate(dir, Map.of(), dir);
    assertThrows(IllegalArgumentException.class, () -> data.resolve("../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> data.resolve("/etc/passwd"));
  }

  @Test
  void sharedDataRootHasTheCifarTestBatch() {
    String env = System.getenv(DataLocator.ENV);
    Assumptions.assumeTrue(
        env != null && !env.isBlank(),
        "EDGEFILTER_DATA is unset: skipping the check against the real data folder");
    DataLocator data = DataLocator.locate(null);
    Path batch = data.require("cifar10/test_batch_first1000.bin", "CIFAR-10 test batch subset");
    // 1000 records of 1 label byte + 3072 pixel bytes (data README, CIFAR binary format).
    assertEquals(1000L * 3073, batch.toFile().length());
  }
}
