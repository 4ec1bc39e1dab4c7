package org.edgefilter.framework.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Native memory must not grow with steps: every tensor (feeds, fetches, learning rate, seed) is
 * closed. An unclosed tensor leaks native memory that the garbage collector never sees.
 *
 * <p>The steps run in a child JVM with a fixed, pre-touched 256 MB heap ({@code -Xms=-Xmx}, {@code
 * -XX:+AlwaysPreTouch}): in this test JVM, RSS also grows while the young generation touches
 * committed heap pages for the first time (about 170 MB over the first 500 steps, flat afterwards),
 * which says nothing about leaks.
 */
class MemoryTest {

  @TempDir Path dir;

  @Test
  void fiveHundredStepsDoNotGrowResidentMemory() throws IOException, InterruptedException {
    Assumptions.assumeTrue(
        Files.isReadable(Path.of("/proc/self/status")), "needs Linux /proc/self/status for VmRSS");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = dir.resolve("probe.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-Xms256m",
                "-Xmx256m",
                "-XX:+AlwaysPreTouch",
                "-cp",
                System.getProperty("java.class.path"),
                MemoryProbe.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
    Process process = builder.start();
    boolean finished = process.waitFor(180, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertTrue(finished, "probe did not finish in 180 s: " + lines);
    assertEquals(0, process.exitValue(), "probe failed: " + lines);
    String[] last = lines.get(lines.size() - 1).split(" ");
    assertEquals("rss-kb", last[0], "unexpected probe output: " + lines);
    long warm = Long.parseLong(last[1]);
    long end = Long.parseLong(last[2]);
    long growthMb = (end - warm) / 1024;
    System.out.printf(
        "RSS after %d warm-up steps %d MB, after %d more steps %d MB (growth %d MB)%n",
        MemoryProbe.WARMUP, warm / 1024, MemoryProbe.MEASURED, end / 1024, growthMb);
    assertTrue(
        growthMb < 50, "RSS grew by " + growthMb + " MB over " + MemoryProbe.MEASURED + " steps");
  }
}
