package org.edgefilter.language.tokenize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.edgefilter.language.data.GlueReader;
import org.edgefilter.language.data.GlueSplit;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.data.TextExample;

/**
 * Measures WordPiece training and tokenization on the real GLUE files and reports the token lengths
 * of the dev splits, to choose the maximum sequence length of the CPU presets. For each task and
 * {@link MergeScore}: train a vocabulary on the train split (median time of N runs), tokenize the
 * dev split (examples per second), and summarize its untruncated encoding lengths ({@code [CLS] a
 * [SEP]} or {@code [CLS] a [SEP] b [SEP]}).
 *
 * <p>Run (after {@code mvn -q install -DskipTests}): {@code mvn -q -pl language exec:java
 * -Dexec.mainClass=org.edgefilter.language.tokenize.TokenizerBenchmark [-Dexec.args="--data DIR
 * --vocab-size 8000 --runs 3"]}; the data root defaults to {@code $EDGEFILTER_DATA}, else {@code
 * ~/.cache/edgefilter}.
 */
public final class TokenizerBenchmark {

  /** The figures of one task and merge score; times in seconds. */
  public record Figures(
      GlueTask task,
      MergeScore mergeScore,
      int trainTexts,
      int vocabularySize,
      double trainSeconds,
      double devExamplesPerSecond,
      LengthStats devLengths,
      double devAbove64,
      double devAbove128) {}

  private static final String HEADER =
      "%-6s %-10s %6s %6s %7s %8s | dev length %5s %4s %4s %4s %4s %6s %6s%n";
  private static final String ROW =
      "%-6s %-10s %6d %6d %7.2f %8.0f | %16.1f %4d %4d %4d %4d %5.1f%% %5.1f%%%n";

  private TokenizerBenchmark() {}

  public static void main(String[] args) {
    Path dataRoot = null;
    int vocabSize = 8000;
    int runs = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> dataRoot = Path.of(args[++i]);
        case "--vocab-size" -> vocabSize = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "unknown argument " + args[i] + " (expected --data DIR, --vocab-size N, --runs N)");
      }
    }
    if (dataRoot == null) {
      String env = System.getenv("EDGEFILTER_DATA");
      dataRoot =
          env != null
              ? Path.of(env)
              : Path.of(System.getProperty("user.home"), ".cache", "edgefilter");
    }
    System.out.printf(
        Locale.ROOT,
        "WordPiece on GLUE (%s), vocab size %d, %d cores, median of %d training runs%n",
        dataRoot,
        vocabSize,
        Runtime.getRuntime().availableProcessors(),
        runs);
    System.out.printf(
        Locale.ROOT,
        HEADER,
        "task",
        "score",
        "texts",
        "vocab",
        "train s",
        "dev ex/s",
        "mean",
        "p50",
        "p90",
        "p99",
        "max",
        ">64",
        ">128");
    for (MergeScore mergeScore : MergeScore.values()) {
      for (GlueTask task : GlueTask.values()) {
        Figures f = run(task, mergeScore, dataRoot, vocabSize, runs);
        LengthStats lengths = f.devLengths();
        System.out.printf(
            Locale.ROOT,
            ROW,
            task,
            mergeScore,
            f.trainTexts(),
            f.vocabularySize(),
            f.trainSeconds(),
            f.devExamplesPerSecond(),
            lengths.mean(),
            lengths.p50(),
            lengths.p90(),
            lengths.p99(),
            lengths.max(),
            100 * f.devAbove64(),
            100 * f.devAbove128());
      }
    }
  }

  /** Trains on {@code task}'s train split and measures its dev split. */
  public static Figures run(
      GlueTask task, MergeScore mergeScore, Path dataRoot, int vocabSize, int runs) {
    GlueSplit train = GlueReader.strict().readTrain(task, dataRoot);
    GlueSplit dev = GlueReader.strict().readDev(task, dataRoot);
    List<String> texts = texts(train.examples());
    WordPieceTrainer trainer =
        WordPieceTrainer.builder().setVocabSize(vocabSize).optMergeScore(mergeScore).build();
    double[] seconds = new double[runs];
    Vocabulary vocabulary = null;
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      vocabulary = trainer.train(texts);
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    SequenceEncoder encoder = new SequenceEncoder(WordPieceTokenizer.uncased(vocabulary), 512);
    long start = System.nanoTime();
    int[] lengths =
        dev.examples().stream()
            .mapToInt(example -> encoder.fullLength(example.textA(), example.textB()))
            .toArray();
    double perSecond = dev.size() / ((System.nanoTime() - start) / 1e9);
    return new Figures(
        task,
        mergeScore,
        texts.size(),
        vocabulary.size(),
        seconds[runs / 2],
        perSecond,
        LengthStats.of(lengths),
        LengthStats.fractionAbove(lengths, 64),
        LengthStats.fractionAbove(lengths, 128));
  }

  /** Every text of the examples: text a, and text b of pairs. */
  public static List<String> texts(List<TextExample> examples) {
    List<String> texts = new ArrayList<>(examples.size() * 2);
    for (TextExample example : examples) {
      texts.add(example.textA());
      if (example.isPair()) {
        texts.add(example.textB());
      }
    }
    return texts;
  }
}
