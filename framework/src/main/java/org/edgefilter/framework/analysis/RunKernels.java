package org.edgefilter.framework.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.train.CheckpointStore;
import org.edgefilter.framework.train.TrainState;

/**
 * The 3x3 convolution kernels of one completed run, read from its last checkpoint(s): {@code
 * checkpoint/} itself or, for runs that train one model per round (audio folds), each of its
 * sub-folders holding a {@code state.json}.
 *
 * <p>A layer is every float variable named {@code .../kernel} of shape {@code [3, 3, cin, cout]}
 * outside the optimizer's slots ({@code optimizer/...}); its name drops a leading {@code net/} and
 * the trailing {@code /kernel} and joins the rest with dots ({@code group1.block1.conv1}), so it is
 * one segment of a metric name. Layers are ordered by name in natural order (numbers by value),
 * names without a digit first (a stem before its groups): input-to-output for the project's CNNs.
 *
 * @param arm the arm folder's name
 * @param seed the seed of {@code seed-<n>}
 * @param path the run directory
 * @param models one map layer -> kernels per trained model (per round)
 */
public record RunKernels(String arm, long seed, Path path, List<Map<String, KernelSet>> models) {

  /** Reads {@code runDir} ({@code <arm>/seed-<n>}). */
  public static RunKernels load(Path runDir) {
    String arm = runDir.getParent().getFileName().toString();
    String seedName = runDir.getFileName().toString();
    long seed;
    try {
      seed = Long.parseLong(seedName.substring("seed-".length()));
    } catch (RuntimeException e) {
      throw new ConfigException(
          runDir + ": a run folder is named seed-<n>, got '" + seedName + "'");
    }
    Path checkpoints = runDir.resolve("checkpoint");
    List<Path> stores = new ArrayList<>();
    if (Files.isRegularFile(checkpoints.resolve(CheckpointStore.STATE_FILE))) {
      stores.add(checkpoints);
    } else if (Files.isDirectory(checkpoints)) {
      try (Stream<Path> children = Files.list(checkpoints)) {
        children
            .filter(p -> Files.isRegularFile(p.resolve(CheckpointStore.STATE_FILE)))
            .sorted(Comparator.comparing(p -> naturalKey(p.getFileName().toString())))
            .forEach(stores::add);
      } catch (IOException e) {
        throw new UncheckedIOException("could not list " + checkpoints, e);
      }
    }
    if (stores.isEmpty()) {
      throw new ConfigException(
          checkpoints
              + ": no checkpoint (expected "
              + CheckpointStore.STATE_FILE
              + " there or in its round folders)");
    }
    List<Map<String, KernelSet>> models = new ArrayList<>();
    for (Path dir : stores) {
      CheckpointStore store = new CheckpointStore(dir);
      TrainState state;
      Map<String, CheckpointTensors.Tensor> tensors;
      try {
        state = store.latest().orElseThrow();
        tensors = CheckpointTensors.readFloats(store.variablesPrefix(state));
      } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
        throw new ConfigException(dir + ": unreadable checkpoint: " + e.getMessage());
      }
      Map<String, KernelSet> layers = layers(tensors);
      if (layers.isEmpty()) {
        throw new ConfigException(dir + ": the checkpoint has no 3x3 convolution kernel");
      }
      models.add(layers);
    }
    return new RunKernels(arm, seed, runDir, List.copyOf(models));
  }

  /** The 3x3 convolution layers of a checkpoint's tensors, in input-to-output order. */
  public static Map<String, KernelSet> layers(Map<String, CheckpointTensors.Tensor> tensors) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, CheckpointTensors.Tensor> e : tensors.entrySet()) {
      long[] s = e.getValue().shape();
      String name = e.getKey();
      if (name.endsWith("/kernel")
          && !name.startsWith("optimizer/")
          && s.length == 4
          && s[0] == 3
          && s[1] == 3) {
        names.add(name);
      }
    }
    names.sort(
        Comparator.comparing((String n) -> layerName(n).chars().anyMatch(Character::isDigit))
            .thenComparing(n -> naturalKey(layerName(n))));
    Map<String, KernelSet> out = new LinkedHashMap<>();
    for (String name : names) {
      CheckpointTensors.Tensor t = tensors.get(name);
      out.put(layerName(name), KernelSet.fromHwio(t.values(), t.shape()));
    }
    return out;
  }

  /** {@code net/group1/block1/conv1/kernel} -> {@code group1.block1.conv1}. */
  static String layerName(String variable) {
    String s = variable.substring(0, variable.length() - "/kernel".length());
    if (s.startsWith("net/")) {
      s = s.substring("net/".length());
    }
    return s.replace('/', '.');
  }

  /** Digits runs zero-padded, so {@code block10} sorts after {@code block9}. */
  static String naturalKey(String s) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      if (Character.isDigit(s.charAt(i))) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        b.append("0".repeat(Math.max(0, 12 - (j - i)))).append(s, i, j);
        i = j;
      } else {
        b.append(s.charAt(i++));
      }
    }
    return b.toString();
  }

  /** The layer names of the first model. */
  public List<String> layerNames() {
    return List.copyOf(models.get(0).keySet());
  }

  /** Layer {@code name}'s kernels pooled over the run's models (rounds). */
  public KernelSet pooled(String name) {
    List<KernelSet> sets = new ArrayList<>();
    for (Map<String, KernelSet> m : models) {
      KernelSet s = m.get(name);
      if (s != null) {
        sets.add(s);
      }
    }
    return KernelSet.pool(sets);
  }
}
