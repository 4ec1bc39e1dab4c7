package org.edgefilter.framework.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.edgefilter.framework.io.DataFormatException;
import org.edgefilter.framework.io.Json;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Parameter;

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
   * @throws DataFormatException if {@code state.json} cannot be read or names a checkpoint whose
   *     files are missing; the message says which checkpoint to delete
   */
  public Optional<TrainState> latest() {
    Path stateFile = directory.resolve(STATE_FILE);
    if (!Files.exists(stateFile)) {
      return Optional.empty();
    }
    TrainState state;
    try {
      state = Json.readFile(stateFile, TrainState.class);
    } catch (UncheckedIOException e) {
      throw damaged(
          stateFile,
          stateFile
              + " cannot be read as a checkpoint state ("
              + e.getCause().getMessage().lines().findFirst().orElse("")
              + ")",
          null,
          e);
    }
    if (state.checkpoint() == null) {
      throw damaged(stateFile, stateFile + " names no checkpoint directory", null, null);
    }
    Path index = variablesPrefix(state).resolveSibling(VARIABLES + ".index");
    if (!Files.exists(index)) {
      throw damaged(
          index,
          stateFile
              + " names checkpoint '"
              + state.checkpoint()
              + "' but "
              + index
              + " does not exist",
          state,
          null);
    }
    return Optional.of(state);
  }

  /**
   * Restores {@code model}'s variables from the last checkpoint.
   *
   * @return its state
   * @throws IllegalStateException if there is no checkpoint
   * @throws DataFormatException if the checkpoint's files cannot be read
   */
  public TrainState restore(Model model) {
    TrainState state =
        latest().orElseThrow(() -> new IllegalStateException("no checkpoint in " + directory));
    try {
      model.restoreVariables(variablesPrefix(state));
    } catch (DataFormatException e) {
      throw damaged(e.file(), e.getMessage(), state, e);
    }
    return state;
  }

  /**
   * Loads only {@code parameters} of {@code model} from {@code state}'s checkpoint (see {@link
   * Model#loadParameters}).
   *
   * @throws DataFormatException if the checkpoint's files cannot be read
   */
  public void loadParameters(Model model, TrainState state, Collection<Parameter> parameters) {
    try {
      model.loadParameters(variablesPrefix(state), parameters);
    } catch (DataFormatException e) {
      throw damaged(e.file(), e.getMessage(), state, e);
    }
  }

  /**
   * A damaged checkpoint: {@code message} plus what to do. The store keeps one step, so deleting
   * the folder deletes that step and its state file; training then starts again from step 0.
   */
  private DataFormatException damaged(
      Path file, String message, TrainState state, Exception cause) {
    String step =
        state == null || state.checkpoint() == null
            ? ""
            : " (it holds only " + state.checkpoint() + " and " + STATE_FILE + ")";
    DataFormatException failure =
        new DataFormatException(
            file,
            message
                + ". Delete the checkpoint step: remove "
                + directory
                + step
                + " and run again; training restarts from step 0");
    if (cause != null) {
      failure.initCause(cause);
    }
    return failure;
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
              .filter(
                  p -> {
                    String n = p.getFileName().toString();
                    return Files.isDirectory(p)
                        && !n.equals(keep)
                        && (n.startsWith("step-") || n.startsWith(".tmp-"));
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
