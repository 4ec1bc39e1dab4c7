package org.edgefilter.bench.collect;

import java.nio.file.Path;
import java.util.Objects;
import org.edgefilter.framework.run.RunResult;

/**
 * A completed run: its {@code result.json} and where it was found.
 *
 * @param file the result.json file
 * @param result its content
 */
public record RunRecord(Path file, RunResult result) {

  public RunRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(result, "result");
  }

  /** The run's task. */
  public TaskKey task() {
    return new TaskKey(result.modality(), result.experiment());
  }
}
