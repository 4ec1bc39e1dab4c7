package org.edgefilter.language.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.run.ResolvedConfig;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.train.CheckpointStore;
import org.edgefilter.framework.train.TrainState;
import org.edgefilter.language.data.GlueReader;
import org.edgefilter.language.data.GlueSplit;
import org.edgefilter.language.model.TextClassifier;
import org.edgefilter.language.tokenize.SequenceEncoder;
import org.edgefilter.language.tokenize.Vocabulary;
import org.edgefilter.language.tokenize.WordPieceTokenizer;

/**
 * A trained run read back from its directory: configuration ({@code config.json}), vocabulary
 * ({@code vocab.txt}) and the weights of its latest checkpoint, to evaluate on any labelled file of
 * its task (for example SST-2's labelled test sentences).
 *
 * @param directory the run directory
 * @param config the run's configuration
 * @param seed the run's seed
 * @param vocabulary its vocabulary
 * @param checkpoint the TensorFlow checkpoint prefix of its latest checkpoint
 * @param step the updates that checkpoint had applied
 */
public record SavedRun(
    Path directory,
    LanguageConfig config,
    long seed,
    Vocabulary vocabulary,
    Path checkpoint,
    long step) {

  /**
   * Reads the run in {@code directory}.
   *
   * @throws ConfigException if it is not a language run directory with a checkpoint
   */
  public static SavedRun open(Path directory) {
    Path configFile = directory.resolve(ResolvedConfig.FILE_NAME);
    Path vocabularyFile = directory.resolve(TrainingRun.VOCABULARY_FILE);
    if (!Files.isRegularFile(configFile) || !Files.isRegularFile(vocabularyFile)) {
      throw new ConfigException(
          directory
              + " is not a language run directory: expected "
              + configFile.getFileName()
              + " and "
              + vocabularyFile.getFileName()
              + " in it");
    }
    ResolvedConfig resolved = ResolvedConfig.read(configFile);
    if (!TrainingRun.MODALITY.equals(resolved.modality())) {
      throw new ConfigException(
          configFile
              + " belongs to modality '"
              + resolved.modality()
              + "', not "
              + TrainingRun.MODALITY);
    }
    LanguageConfig config = resolved.configAs(LanguageConfig.class);
    CheckpointStore store = new CheckpointStore(directory.resolve(RunDirectory.CHECKPOINT_DIR));
    TrainState state =
        store
            .latest()
            .orElseThrow(
                () ->
                    new ConfigException(
                        "no checkpoint in "
                            + store.directory()
                            + ": the run has not finished an epoch yet"));
    return new SavedRun(
        directory,
        config,
        resolved.seed(),
        Vocabulary.load(vocabularyFile),
        store.variablesPrefix(state),
        state.step());
  }

  /** {@link #evaluate(Path, String, int, boolean)} failing on a malformed row. */
  public Map<String, Double> evaluate(Path file, String prefix, int batchSize) {
    return evaluate(file, prefix, batchSize, false);
  }

  /**
   * The task's metrics of this run's weights on a labelled file of its task, named {@code
   * <prefix>_acc} (and {@code <prefix>_f1} for QQP); with {@code skipBadRows} also {@code
   * <prefix>_skipped_rows}, the malformed rows skipped.
   *
   * @throws org.edgefilter.language.data.GlueFormatException on a malformed row (unless skipping)
   *     or a file without any valid row, before the model is built
   */
  public Map<String, Double> evaluate(
      Path file, String prefix, int batchSize, boolean skipBadRows) {
    GlueSplit split =
        (skipBadRows ? GlueReader.skippingMalformed() : GlueReader.strict())
            .read(config.task(), file);
    if (split.size() == 0) {
      throw new org.edgefilter.language.data.GlueFormatException(
          file, 2, "no data rows after the header; nothing to evaluate");
    }
    SequenceEncoder encoder =
        new SequenceEncoder(WordPieceTokenizer.uncased(vocabulary), config.model().maxLength());
    EncodedSplit encoded = EncodedSplit.encode(split.examples(), encoder);
    try (TextClassifier classifier =
        new TextClassifier(
            config.model(),
            config.tokenFilter(),
            vocabulary.size(),
            config.task().numLabels(),
            seed,
            config.train().threads())) {
      // Through the store, so a damaged checkpoint's error says which step to delete.
      CheckpointStore store = new CheckpointStore(directory.resolve(RunDirectory.CHECKPOINT_DIR));
      store.loadParameters(
          classifier.model(), store.latest().orElseThrow(), classifier.modelParameters());
      Map<String, Double> metrics =
          new java.util.LinkedHashMap<>(
              Evaluation.metrics(classifier, encoded, config.task(), batchSize, prefix));
      if (skipBadRows) {
        metrics.put(prefix + "_skipped_rows", (double) split.skippedCount());
      }
      return metrics;
    }
  }
}
