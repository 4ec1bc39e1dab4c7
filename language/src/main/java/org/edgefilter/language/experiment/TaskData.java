package org.edgefilter.language.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.edgefilter.framework.data.Seeds;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.language.data.GlueFormatException;
import org.edgefilter.language.data.GlueReader;
import org.edgefilter.language.data.GlueSplit;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.data.LanguageReleases;
import org.edgefilter.language.data.TextExample;
import org.edgefilter.language.tokenize.SequenceEncoder;
import org.edgefilter.language.tokenize.TokenizerBenchmark;
import org.edgefilter.language.tokenize.Vocabulary;
import org.edgefilter.language.tokenize.WordPieceTokenizer;
import org.edgefilter.language.tokenize.WordPieceTrainer;

/**
 * A task's splits, read, subset and encoded for one run.
 *
 * @param task the GLUE task
 * @param vocabulary the WordPiece vocabulary the encodings use
 * @param train the training examples the run trains on
 * @param dev the development examples it is evaluated on
 * @param trainAvailable examples in the training file (before {@code trainLimit})
 * @param devAvailable examples in the dev file (before {@code devLimit})
 * @param skippedTrainRows malformed rows of the training file that were skipped (0 unless skipping
 *     was asked for)
 * @param skippedDevRows malformed rows of the dev file that were skipped
 */
public record TaskData(
    GlueTask task,
    Vocabulary vocabulary,
    EncodedSplit train,
    EncodedSplit dev,
    int trainAvailable,
    int devAvailable,
    int skippedTrainRows,
    int skippedDevRows) {

  private static final long SUBSET_STREAM = 0x5355_4253_4554L;

  /** The two files of {@code task}, checked to exist (the error names the expected paths). */
  public record Files(Path train, Path dev) {

    /** Locates {@code task}'s {@code train.tsv} and {@code dev.tsv} under the data root. */
    public static Files locate(GlueTask task, DataLocator data) {
      String folder = "glue/" + task.directoryName() + "/";
      String form =
          " in GLUE format (tab-separated, header with columns "
              + String.join(", ", task.requiredColumns())
              + ")";
      String remedy = LanguageReleases.of(task).remedy();
      return new Files(
          data.require(
              folder + GlueTask.TRAIN_FILE, "GLUE " + task + " training split" + form, remedy),
          data.require(folder + GlueTask.DEV_FILE, "GLUE " + task + " dev split" + form, remedy));
    }
  }

  /**
   * Trains a WordPiece vocabulary on every text of a training split (the whole file, not a run's
   * subset, so every seed and arm of a task shares one vocabulary).
   */
  public static Vocabulary trainVocabulary(GlueSplit train, int vocabSize) {
    return WordPieceTrainer.builder()
        .setVocabSize(vocabSize)
        .build()
        .train(TokenizerBenchmark.texts(train.examples()));
  }

  /** {@link #load(LanguageConfig, Files, Vocabulary, long, boolean)} failing on a malformed row. */
  public static TaskData load(
      LanguageConfig config, Files files, Vocabulary vocabulary, long seed) {
    return load(config, files, vocabulary, seed, false);
  }

  /**
   * Reads and encodes the run's data. A malformed row is an error naming file, line and column,
   * unless {@code skipBadRows}: then it is skipped and counted. A file with no valid row is an
   * error either way, before any training.
   *
   * @param config the run's configuration (task, maxLength, vocabulary size, limits)
   * @param files the task's files
   * @param vocabulary the vocabulary to encode with, or null to train one on the training file
   * @param seed draws the training subset when {@code trainLimit} is set
   * @param skipBadRows skip and count malformed rows instead of failing on the first
   * @throws org.edgefilter.language.data.GlueFormatException on a malformed row (unless skipping)
   *     or a file without any valid row
   */
  public static TaskData load(
      LanguageConfig config, Files files, Vocabulary vocabulary, long seed, boolean skipBadRows) {
    GlueTask task = config.task();
    GlueReader reader = skipBadRows ? GlueReader.skippingMalformed() : GlueReader.strict();
    GlueSplit train = reader.read(task, files.train());
    GlueSplit dev = reader.read(task, files.dev());
    for (GlueSplit split : List.of(train, dev)) {
      if (split.size() == 0) {
        throw new GlueFormatException(
            split.file(), 2, "no data rows after the header; a run needs at least one");
      }
    }
    Vocabulary used =
        vocabulary != null ? vocabulary : trainVocabulary(train, config.data().vocabSize());
    List<TextExample> trainExamples = subset(train.examples(), config.data().trainLimit(), seed);
    List<TextExample> devExamples =
        config.data().devLimit() == 0
            ? dev.examples()
            : dev.examples().subList(0, Math.min(config.data().devLimit(), dev.size()));
    SequenceEncoder encoder =
        new SequenceEncoder(WordPieceTokenizer.uncased(used), config.model().maxLength());
    return new TaskData(
        task,
        used,
        EncodedSplit.encode(trainExamples, encoder),
        EncodedSplit.encode(devExamples, encoder),
        train.size(),
        dev.size(),
        train.skippedCount(),
        dev.skippedCount());
  }

  /**
   * {@code limit} examples drawn without replacement with {@code seed}, in file order; all if 0.
   */
  static List<TextExample> subset(List<TextExample> examples, int limit, long seed) {
    if (limit == 0 || limit >= examples.size()) {
      return examples;
    }
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    SplittableRandom rng = Seeds.rng(seed, SUBSET_STREAM);
    // A partial Fisher-Yates shuffle: the first `limit` places are a uniform sample.
    for (int i = 0; i < limit; i++) {
      int j = i + rng.nextInt(order.length - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] chosen = Arrays.copyOf(order, limit);
    Arrays.sort(chosen);
    List<TextExample> out = new ArrayList<>(limit);
    for (int index : chosen) {
      out.add(examples.get(index));
    }
    return out;
  }
}
