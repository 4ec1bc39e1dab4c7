package org.edgefilter.framework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edgefilter.framework.filter.FilterBenchmark;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 16, item 8 (slips): {@code ./edgefilter filter-bench --help} prints its usage, and the
 * launcher's stderr filter drops TensorFlow's native info lines (absl's notice, MLIR and oneDNN
 * notes) and Maven's colour codes while warnings and errors pass. The filter commands are taken
 * from the launcher script itself and run with the same {@code grep} and {@code sed}.
 */
class LauncherTest {

  /** The launcher at the repository root (tests run in the module folder). */
  private static final Path LAUNCHER = Path.of("..", "edgefilter");

  private static String launcher() throws IOException {
    return Files.readString(LAUNCHER, StandardCharsets.UTF_8);
  }

  /** The single-quoted argument that follows {@code marker} in the launcher. */
  private static String quotedAfter(String script, String marker) {
    Matcher m = Pattern.compile(Pattern.quote(marker) + "\\s*\\\\?\\s*'([^']*)'").matcher(script);
    assertTrue(m.find(), "the launcher has " + marker);
    return m.group(1);
  }

  private static String run(List<String> command, String input) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (var in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  @Test
  void tensorFlowInfoLinesAreDroppedAndWarningsKept() throws Exception {
    String pattern = quotedAfter(launcher(), "grep --line-buffered -v -E");
    String noise =
        String.join(
            "\n",
            "WARNING: All log messages before absl::InitializeLog() is called are written to"
                + " STDERR",
            "I0000 00:00:1733543212.123456   12345 mlir_graph_optimization_pass.cc:401] MLIR V1"
                + " optimization pass is not enabled",
            "2026-12-07 03:15:33.123456: I tensorflow/core/util/port.cc:153] oneDNN custom"
                + " operations are on.");
    String kept =
        String.join(
            "\n",
            "W0000 00:00:1733543212.123456   12345 cpu_feature_guard.cc:1] a real warning",
            "error: /data/x.bin: file length 5000 is not a positive multiple of 3073");
    String out = run(List.of("grep", "-v", "-E", pattern), noise + "\n" + kept + "\n");
    assertEquals(kept + "\n", out);
  }

  @Test
  void mavenColourCodesAreStrippedForNonTerminals() throws Exception {
    String script = launcher();
    String sed = quotedAfter(script, "sed -u");
    assertTrue(script.contains("if [[ -t 2 ]]; then cat; else sed -u"), "only for non-terminals");
    String out = run(List.of("sed", sed), "\u001b[0m\u001b[1;31m[ERROR]\u001b[m build failed\n");
    assertEquals("[ERROR] build failed\n", out);
  }

  @Test
  void filterBenchHelpPrintsItsUsage() {
    StringWriter out = new StringWriter();
    CommandLine line = new CommandLine(new FilterBenchmark());
    line.setOut(new PrintWriter(out));
    assertEquals(ExitCodes.OK, line.execute("--help"));
    assertTrue(out.toString().startsWith("Usage: filter-bench"), out.toString());
  }
}
