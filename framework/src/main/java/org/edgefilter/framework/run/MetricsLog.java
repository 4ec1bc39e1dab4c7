package org.edgefilter.framework.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.edgefilter.framework.io.AtomicFiles;
import org.edgefilter.framework.io.Json;

/**
 * A run's {@code metrics.jsonl}: one JSON object per line, each line flushed as it is written so a
 * killed run keeps every complete line. Opening an existing file continues it; a last line cut
 * short by a kill is removed first, so the file stays valid JSON Lines.
 *
 * <p>A run that resumes from a checkpoint repeats the steps it ran after that checkpoint, and would
 * log them twice; {@link #retain} (used by {@link RunDirectory#openMetricsLogResumingAt}) first
 * cuts the log back to the records logged up to the checkpoint, so a reader of the curve sees each
 * step once. The conventions that make this possible: a training record's {@code step} is the
 * number of updates completed when it was logged, and the evaluation after training is logged
 * without a {@code step} ({@link #logEvaluation}), since a resumed run repeats it.
 */
public final class MetricsLog implements AutoCloseable {

  /** The file name inside a run directory. */
  public static final String FILE_NAME = "metrics.jsonl";

  private static final TypeReference<LinkedHashMap<String, Object>> RECORD =
      new TypeReference<>() {};

  private final Path file;
  private final Clock clock;
  private final Writer writer;
  private boolean closed;

  private MetricsLog(Path file, Clock clock, Writer writer) {
    this.file = file;
    this.clock = clock;
    this.writer = writer;
  }

  /** Opens {@code file} for appending, creating it and its parents if needed. */
  public static MetricsLog open(Path file) {
    return open(file, Clock.systemUTC());
  }

  static MetricsLog open(Path file, Clock clock) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      dropTruncatedLastLine(file);
      Writer writer =
          new BufferedWriter(
              new OutputStreamWriter(
                  Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                  StandardCharsets.UTF_8));
      return new MetricsLog(file, clock, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open metrics log " + file, e);
    }
  }

  /** The file this log appends to. */
  public Path file() {
    return file;
  }

  /**
   * Appends {@code {"step": step, "time": <ISO-8601 now>, <values...>}} as one line.
   *
   * @param step the training step or epoch the values belong to
   * @param values metric name to value, in the order they should appear; names {@code step} and
   *     {@code time} are reserved
   */
  public void log(long step, Map<String, ? extends Number> values) {
    log(step, Map.of(), values);
  }

  /**
   * Appends {@code {"step": step, "time": <ISO-8601 now>, <fields...>, <values...>}}: as {@link
   * #log(long, Map)}, with fields that say what the record belongs to (for example the round of a
   * cross-validation run, which a resumed run's {@link #retain} reads).
   *
   * @param fields non-metric fields, written before the values; their names must not repeat
   */
  public void log(long step, Map<String, ?> fields, Map<String, ? extends Number> values) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("step", step);
    record.put("time", clock.instant().toString());
    for (Map.Entry<String, ?> entry : fields.entrySet()) {
      if (record.containsKey(entry.getKey())) {
        throw new IllegalArgumentException("field name '" + entry.getKey() + "' is reserved");
      }
      record.put(entry.getKey(), entry.getValue());
    }
    for (Map.Entry<String, ? extends Number> entry : values.entrySet()) {
      if (record.containsKey(entry.getKey())) {
        throw new IllegalArgumentException("metric name '" + entry.getKey() + "' is reserved");
      }
      record.put(entry.getKey(), entry.getValue());
    }
    append(record);
  }

  /**
   * Appends {@code {"trained_steps": trainedSteps, "time": <ISO-8601 now>, <values...>}}: the
   * evaluation of a trained model, which has no {@code step} because a run resumed after its
   * training repeats it (see {@link #upToStep}).
   */
  public void logEvaluation(long trainedSteps, Map<String, ? extends Number> values) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("trained_steps", trainedSteps);
    record.put("time", clock.instant().toString());
    for (Map.Entry<String, ? extends Number> entry : values.entrySet()) {
      if (record.containsKey(entry.getKey()) || entry.getKey().equals("step")) {
        throw new IllegalArgumentException("metric name '" + entry.getKey() + "' is reserved");
      }
      record.put(entry.getKey(), entry.getValue());
    }
    append(record);
  }

  /** Appends {@code record} as one JSON line and flushes it. */
  public synchronized void append(Map<String, ?> record) {
    if (closed) {
      throw new IllegalStateException("metrics log " + file + " is closed");
    }
    String line = Json.writeLine(record);
    try {
      writer.write(line);
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not append to " + file, e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close " + file, e);
    }
  }

  /**
   * Reads every record of a metrics log. A last line without its newline (a write cut short by a
   * kill) is skipped; any other line that is not a JSON object is an error naming the line.
   */
  public static List<Map<String, Object>> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read metrics log " + file, e);
    }
    String[] lines = text.split("\n", -1);
    // After the last '\n' comes either "" or a line whose write did not finish.
    int complete = lines.length - 1;
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < complete; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        records.add(Json.mapper().readValue(lines[i], RECORD));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            file + " line " + (i + 1) + ": expected one JSON object, got: " + abbreviate(lines[i]),
            e);
      }
    }
    return records;
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }

  /**
   * The records a run resuming from a checkpoint taken after {@code checkpointStep} updates keeps:
   * those with a numeric {@code step} of at most {@code checkpointStep}. Records logged after the
   * checkpoint (a larger step) are repeated by the resumed run; records without a step are the
   * evaluation a run does after training, which it also repeats.
   */
  public static Predicate<Map<String, Object>> upToStep(long checkpointStep) {
    return record ->
        record.get("step") instanceof Number step && step.doubleValue() <= checkpointStep;
  }

  /**
   * Rewrites {@code file} keeping only the records {@code keep} accepts, in order and byte for byte
   * (a partial last line is dropped too). The new content goes to a temporary sibling that is
   * renamed over the file, so a kill during the rewrite leaves the old or the new log, never a mix.
   * A missing file is left missing.
   *
   * @return the number of records dropped
   */
  public static int retain(Path file, Predicate<Map<String, Object>> keep) {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read metrics log " + file, e);
    }
    String[] lines = text.split("\n", -1);
    int complete = lines.length - 1;
    StringBuilder kept = new StringBuilder(text.length());
    int dropped = 0;
    for (int i = 0; i < complete; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Map<String, Object> record;
      try {
        record = Json.mapper().readValue(lines[i], RECORD);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            file + " line " + (i + 1) + ": expected one JSON object, got: " + abbreviate(lines[i]),
            e);
      }
      if (keep.test(record)) {
        kept.append(lines[i]).append('\n');
      } else {
        dropped++;
      }
    }
    boolean partialLine = !lines[complete].isEmpty();
    if (dropped > 0 || partialLine) {
      AtomicFiles.writeString(file, kept.toString());
    }
    return dropped;
  }

  /**
   * Cuts the file back to just after its last newline, if the bytes after it are a partial line.
   */
  private static void dropTruncatedLastLine(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      ByteBuffer one = ByteBuffer.allocate(1);
      long keep = size;
      // Scan backwards to the last newline; partial lines are short, so this touches few bytes.
      while (keep > 0) {
        one.clear();
        channel.read(one, keep - 1);
        if (one.get(0) == '\n') {
          break;
        }
        keep--;
      }
      if (keep < size) {
        channel.truncate(keep);
      }
    }
  }
}
