package org.edgefilter.framework.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void durationsAreHumanReadable() {
    assertEquals("0s", Progress.formatDuration(0.2));
    assertEquals("45s", Progress.formatDuration(45));
    assertEquals("1m00s", Progress.formatDuration(59.6)); // rounds before splitting
    assertEquals("3m05s", Progress.formatDuration(185));
    assertEquals("2h03m", Progress.formatDuration(2 * 3600 + 3 * 60 + 59));
    assertEquals("1d04h", Progress.formatDuration(86400 + 4 * 3600 + 1800));
    assertEquals("?", Progress.formatDuration(Double.NaN));
    assertEquals("?", Progress.formatDuration(-1));
  }

  @Test
  void etaIsRemainingStepsAtTheAverageRate() {
    // 100 of 500 steps in 50 s -> 2 steps/s -> 400 steps left = 200 s.
    assertEquals(OptionalDouble.of(200), Progress.etaSeconds(100, 500, 0, 50));
    // Resumed at 300: 100 steps since then in 50 s -> 100 left = 50 s.
    assertEquals(OptionalDouble.of(50), Progress.etaSeconds(400, 500, 300, 50));
    assertEquals(OptionalDouble.of(0), Progress.etaSeconds(500, 500, 0, 50));
    assertTrue(Progress.etaSeconds(0, 500, 0, 10).isEmpty(), "no step timed yet");
    assertTrue(Progress.etaSeconds(10, 0, 0, 10).isEmpty(), "unknown total");
  }

  @Test
  void lineShowsStepValuesThroughputAndEta() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("loss", 0.693147);
    values.put("lr", 1e-5);
    String line =
        Progress.format(
            new Progress.Snapshot("train", 1200, 5000, 0, 65, 128, "img", false, values));
    // 1200 steps * 128 img / 65 s = 2363.1 img/s; ETA 3800 * 65 / 1200 = 205.8 s = 3m26s.
    assertEquals(
        "train 1200/5000 24.0% loss=0.6931 lr=1.000e-05 | 2.4k img/s"
            + " | 1m05s elapsed, ETA 3m26s",
        line);
    String bytes =
        Progress.format(
            new Progress.Snapshot("cifar-10.tar.gz", 1_500_000, 0, 0, 2, 1, "B", true, Map.of()));
    assertEquals("cifar-10.tar.gz 1.5M | 750.0k B/s | 2s elapsed", bytes);
  }

  @Test
  void plainModePrintsAtMostEveryInterval() {
    AtomicLong nanos = new AtomicLong();
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    Progress progress =
        Progress.builder()
            .setLabel("eval")
            .optTotal(100)
            .optOut(new PrintStream(sink, true, StandardCharsets.UTF_8))
            .optInteractive(false)
            .optLogEvery(Duration.ofSeconds(30))
            .optClock(nanos::get)
            .build();
    for (int second = 0; second <= 100; second++) {
      nanos.set(second * 1_000_000_000L);
      progress.update(second);
    }
    progress.finish();
    progress.finish();
    String[] lines = sink.toString(StandardCharsets.UTF_8).split("\n");
    // Printed at 0, 30, 60 and 90 s, plus the final line.
    assertEquals(5, lines.length, String.join("\n", lines));
    assertTrue(lines[1].startsWith("eval 30/100 30.0%"), lines[1]);
    assertTrue(lines[4].startsWith("eval 100/100 100.0%"), lines[4]);
    assertTrue(lines[4].endsWith("1m40s elapsed, ETA 0s"), lines[4]);
    assertTrue(sink.toString(StandardCharsets.UTF_8).indexOf('\r') < 0);
  }

  @Test
  void interactiveModeRewritesOneLine() {
    AtomicLong nanos = new AtomicLong();
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    Progress progress =
        Progress.builder()
            .setLabel("t")
            .optTotal(10)
            .optOut(new PrintStream(sink, true, StandardCharsets.UTF_8))
            .optInteractive(true)
            .optClock(nanos::get)
            .build();
    nanos.set(1_000_000_000L);
    progress.update(1, Map.of("loss", 12345.0));
    nanos.set(2_000_000_000L);
    progress.update(2, Map.of("loss", 1.0));
    progress.finish();
    String text = sink.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\rt 1/10 10.0% loss=1.235e+04"), text);
    assertEquals(1, text.chars().filter(c -> c == '\n').count(), "one newline, at the end");
    assertTrue(text.endsWith("\n"), text);
    // The shorter second line is padded so no trace of the longer first line remains.
    String[] redraws = text.split("\r");
    assertEquals(redraws[1].length(), redraws[2].length());
  }
}
