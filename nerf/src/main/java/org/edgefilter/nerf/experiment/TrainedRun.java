package org.edgefilter.nerf.experiment;

import java.nio.file.Path;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.run.ResolvedConfig;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.run.RunPath;
import org.edgefilter.framework.train.CheckpointStore;
import org.edgefilter.framework.train.TrainState;
import org.edgefilter.nerf.model.NerfModel;

/**
 * A trained arm opened from its run directory for rendering or evaluation: the configuration from
 * its {@code config.json}, the weights from its last checkpoint. Owns the model; close it.
 */
public final class TrainedRun implements AutoCloseable {

  private final Path directory;
  private final NerfConfig config;
  private final TrainState state;
  private final NerfModel nerf;

  private TrainedRun(Path directory, NerfConfig config, TrainState state, NerfModel nerf) {
    this.directory = directory;
    this.config = config;
    this.state = state;
    this.nerf = nerf;
  }

  /**
   * Opens the run {@code address} (see {@link RunPath#requireExisting}).
   *
   * @throws IllegalStateException naming the folder if it has no checkpoint
   */
  public static TrainedRun open(RunPath address) {
    Path directory = address.path();
    Path configFile = directory.resolve(ResolvedConfig.FILE_NAME);
    long seed = address.seed();
    NerfConfig config = ResolvedConfig.read(configFile).configAs(NerfConfig.class);
    CheckpointStore store = new CheckpointStore(directory.resolve(RunDirectory.CHECKPOINT_DIR));
    TrainState state =
        store
            .latest()
            .orElseThrow(
                () ->
                    new ConfigException(
                        "no checkpoint in " + store.directory() + "; the run has not trained yet"));
    NerfModel nerf = NerfModel.build(config.modelConfig(), seed, config.threads());
    try {
      store.restore(nerf.model());
    } catch (RuntimeException e) {
      nerf.close();
      throw e;
    }
    return new TrainedRun(directory, config, state, nerf);
  }

  /** The run directory. */
  public Path directory() {
    return directory;
  }

  /** The configuration the run was trained with. */
  public NerfConfig config() {
    return config;
  }

  /** Where training stood at the restored checkpoint. */
  public TrainState state() {
    return state;
  }

  /** The restored model. */
  public NerfModel nerf() {
    return nerf;
  }

  @Override
  public void close() {
    nerf.close();
  }
}
