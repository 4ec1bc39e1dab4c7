package org.edgefilter.framework.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.edgefilter.framework.io.Json;
import org.edgefilter.framework.nn.Model;

/**
 * A run's {@code checkpoint/} directory, written so that a kill at any moment leaves a usable
 * checkpoint:
 *
 * <ol>
 *   <li>the variables go to a fresh hidden directory {@code .tmp-...}, then that directory is
 *       renamed to {@code step-<n>};
 *   <li>{@code state.json} ({@link TrainState}, naming {@code step-<n>}) is replaced atomically;
 *   <li>only then are older {@code step-*} and leftover {@code .tmp-*} directories deleted.
 * </ol>
 *
 * {@code state.json} therefore always names a complete checkpoint.
 */
public final class CheckpointStore {

  /** The state file's name. */
  public static final String STATE_FILE = "state.json";

  private static final String VARIABLES = "variables";

  private final Path directory;

  /** A store in {@code directory} (created on the first save). */
  public CheckpointStore(Path directory) {
    this.directory = directory.toAbsolutePath();
  }

  /** The checkpoint directory. */
  public Path directory() {
    return directory;
  }

  /**
   * Saves every variable of {@code model} with {@code state}.
   *
   * @return the state as written, naming its checkpoint directory
   */
  public TrainState save(Model model, TrainState state) {
    try {
      Files.createDirectories(directory);
      String name = freshName(state.step());
      Path tmp = Files.createTempDirectory(directory, ".tmp-" + name + "-");
      model.saveVariables(tmp.resolve(VARIABLES));
      move(tmp, directory.resolve(name));
      TrainState written = state.withCheckpoint(name);
      Json.writeFile(directory.resolve(STATE_FILE), written);
      deleteAllBut(name);
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write a checkpoint in " + directory, e);
    }
  }

  /**
   * The state of the last complete checkpoint, if any.
   *
   * @throws IllegalStateException if {@code state.json} names a checkpoint that is missing
   */
  public Optional<TrainState> latest() {
    Path stateFile = directory.resolve(STATE_FILE);
    if (!Files.exists(stateFile)) {
      return Optional.empty();
    }
    TrainState state = Json.readFile(stateFile, TrainState.class);
    if (state.checkpoint() == null) {
      throw new IllegalStateException(stateFile + " names no checkpoint directory");
    }
    Path index = variablesPrefix(state).resolveSibling(VARIABLES + ".index");
    if (!Files.exists(index)) {
      throw new IllegalStateException(stateFile + " names checkpoint '" + state.checkpoint()
          + "' but " + index + " does not exist");
    }
    return Optional.of(state);
  }

  /**
   * Restores {@code model}'s variables from the last checkpoint.
   *
   * @return its state
   * @throws IllegalStateException if there is no checkpoint
   */
  public TrainState restore(Model model) {
    TrainState state =
        latest().orElseThrow(() -> new IllegalStateException("no checkpoint in " + directory));
    model.restoreVariables(variablesPrefix(state));
    return state;
  }

  /** The TensorFlow checkpoint prefix of {@code state}'s checkpoint. */
  public Path variablesPrefix(TrainState state) {
    return directory.resolve(state.checkpoint()).resolve(VARIABLES);
  }

  private String freshName(long step) {
    String name = "step-" + step;
    for (int k = 1; Files.exists(directory.resolve(name)); k++) {
      name = "step-" + step + "." + k;
    }
    return name;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private void deleteAllBut(String keep) throws IOException {
    List<Path> stale;
    try (Stream<Path> children = Files.list(directory)) {
      stale =
          children
              .filter(p -> {
                String n = p.getFileName().toString();
                return Files.isDirectory(p) && !n.equals(keep) && (n.startsWith("step-") || n.startsWith(".tmp-"));
              })
              .toList();
    }
    for (Path dir : stale) {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
