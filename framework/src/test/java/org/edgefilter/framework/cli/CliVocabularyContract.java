package org.edgefilter.framework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.edgefilter.framework.cli.CliTesting.Run;
import org.edgefilter.framework.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared vocabulary every modality's command line must speak (issue 14): the same {@code --set
 * filter.*} keys and arm names, old keys rejected with the new key named, nothing written by {@code
 * config}, {@code --version} and valid {@code --set} examples. A module's test extends this class
 * and passes its command line and its renamed keys to the constructor; JUnit runs the inherited
 * tests there. Shipped in the framework's test-jar.
 */
public abstract class CliVocabularyContract {

  @TempDir Path dir;

  private final Supplier<Object> newCli;
  private final String gaussianLowPassArm;
  private final String oldKeySetting;
  private final String newKeySetting;

  /**
   * @param newCli a fresh instance of the modality's command line
   * @param gaussianLowPassArm the arm name of the quick preset with {@code filter.kind=gaussian},
   *     {@code filter.scale=0.5} and {@code filter.mode=low-pass} (the preset's own kernel size and
   *     position)
   * @param oldKeySetting a renamed key of this modality with a value, e.g. {@code filter.k=7}
   * @param newKeySetting the shared key and value the error must suggest for {@code oldKeySetting}
   */
  protected CliVocabularyContract(
      Supplier<Object> newCli,
      String gaussianLowPassArm,
      String oldKeySetting,
      String newKeySetting) {
    this.newCli = newCli;
    this.gaussianLowPassArm = gaussianLowPassArm;
    this.oldKeySetting = oldKeySetting;
    this.newKeySetting = newKeySetting;
  }

  private Run run(String... args) {
    return CliTesting.run(newCli.get(), args);
  }

  @Test
  public void sharedFilterKeysSetKernelSizeAndPosition() throws Exception {
    Run r =
        run(
            "config",
            "--preset",
            "quick",
            "--runs",
            dir.toString(),
            "--set",
            "filter.kernelSize=7",
            "--set",
            "filter.position=2");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    String json = r.out().substring(0, r.out().lastIndexOf("arms:"));
    JsonNode filter = Json.mapper().readTree(json).get("filter");
    assertEquals(7, filter.get("kernelSize").asInt());
    assertEquals(2, filter.get("position").asInt());
    assertTrue(r.out().contains("arms: baseline, ef-mean-k7-p2"), r.out());
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "config writes nothing");
    }
  }

  @Test
  public void enumValuesUseTheCommandLineSpelling() {
    Run r =
        run(
            "config",
            "--preset",
            "quick",
            "--set",
            "filter.kind=gaussian",
            "--set",
            "filter.scale=0.5",
            "--set",
            "filter.mode=low-pass");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains(gaussianLowPassArm), r.out());
    Run bad = run("config", "--preset", "quick", "--set", "filter.mode=sideways");
    assertEquals(ExitCodes.USAGE, bad.code());
    assertTrue(bad.err().contains("high-pass|low-pass|low-pass-no-grad|identity"), bad.err());
  }

  @Test
  public void oldKeysNameTheirNewKey() {
    Run r = run("config", "--preset", "quick", "--set", oldKeySetting);
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().startsWith("error: key '"), r.err());
    assertTrue(r.err().contains("use --set " + newKeySetting), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  public void versionAndSetHelpUseValidKeys() {
    Run version = run("--version");
    assertEquals(ExitCodes.OK, version.code(), version.err());
    assertTrue(version.out().startsWith("EdgeFilter "), version.out());
    assertTrue(version.out().contains(", TensorFlow "), version.out());
    Run help = run("config", "--help");
    // picocli wraps the description; the example survives as text.
    assertTrue(help.out().replaceAll("\\s+", "").contains("filter.kernelSize=5"), help.out());
    assertFalse(help.out().contains("model.width=4"), help.out());
  }
}
