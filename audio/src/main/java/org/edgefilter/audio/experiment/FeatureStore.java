package org.edgefilter.audio.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.edgefilter.audio.features.DatasetStats;
import org.edgefilter.audio.features.FeatureConfig;
import org.edgefilter.audio.features.FeaturePipeline;
import org.edgefilter.audio.features.Normalization;
import org.edgefilter.audio.features.Spectrogram;
import org.edgefilter.framework.data.ArrayDataset;

/**
 * Log-mel features of a corpus's clips, each extracted once (in parallel) and kept, so the rounds
 * of leave-one-fold-out and both arms of an experiment share them. DATASET normalization is fitted
 * per round on that round's training clips only and applied to both sides.
 *
 * <p>With a cache folder ({@link #cached}) the raw features of every clip the rounds use are also
 * kept on disk ({@link FeatureCache}), so another process (the other arm, another seed) reads them
 * instead of recomputing them.
 *
 * <p>A WAV whose data chunk holds no samples becomes a clip of silence (the padding does that); it
 * is counted and named in a warning ({@link #emptyClips()}), never padded without a word.
 */
public final class FeatureStore {

  private final AudioCorpus corpus;
  private final FeaturePipeline pipeline;
  private final Optional<FeatureCache> cache;
  private final Map<Integer, Spectrogram> extracted = new ConcurrentHashMap<>();
  private final Map<Integer, Long> sourceSamples = new ConcurrentHashMap<>();
  private Extraction extraction;

  /** A store that keeps features in memory only. */
  public FeatureStore(AudioCorpus corpus, FeatureConfig config) {
    this(corpus, config, Optional.empty());
  }

  private FeatureStore(AudioCorpus corpus, FeatureConfig config, Optional<Path> cacheDir) {
    this.corpus = corpus;
    this.pipeline = new FeaturePipeline(config);
    this.cache = cacheDir.map(FeatureCache::new);
  }

  /** A store that also reads and writes the features of the used clips in {@code cacheDir}. */
  public static FeatureStore cached(AudioCorpus corpus, FeatureConfig config, Path cacheDir) {
    return new FeatureStore(corpus, config, Optional.of(cacheDir));
  }

  /** The feature configuration. */
  public FeatureConfig config() {
    return pipeline.config();
  }

  /** Clips extracted so far. */
  public int extractedCount() {
    return extracted.size();
  }

  /**
   * The features of clip {@code position} as the pipeline gives them: log-mel, per-clip
   * standardized for PER_CLIP, not yet dataset-normalized.
   */
  public Spectrogram raw(int position) {
    Spectrogram s = extracted.get(position);
    if (s == null) {
      // Computed outside the map so parallel extractions never wait on each other's map bins.
      FeaturePipeline.FileFeatures f = pipeline.extractFile(corpus.clips().get(position).file());
      sourceSamples.putIfAbsent(position, f.sourceSamples());
      Spectrogram earlier = extracted.putIfAbsent(position, f.features());
      s = earlier != null ? earlier : f.features();
    }
    return s;
  }

  /** Extracts every clip of {@code positions} not extracted yet, in parallel. */
  public void extractAll(int[] positions) {
    IntStream.of(positions).parallel().forEach(this::raw);
  }

  /** Positions of every clip some round of the corpus uses, ascending. */
  int[] usedPositions() {
    return corpus.rounds().stream()
        .flatMapToInt(r -> IntStream.concat(IntStream.of(r.train()), IntStream.of(r.test())))
        .distinct()
        .sorted()
        .toArray();
  }

  /**
   * What getting the features of every used clip took.
   *
   * @param clips clips whose features the rounds use
   * @param fromCache whether they were read from the cache file rather than computed
   * @param cacheFile the cache file read or written, if there is a cache
   * @param seconds wall time of reading or computing them
   * @param emptyFiles the clips whose WAV held 0 samples (features of silence)
   */
  public record Extraction(
      int clips,
      boolean fromCache,
      Optional<Path> cacheFile,
      double seconds,
      List<Path> emptyFiles) {

    public Extraction {
      emptyFiles = List.copyOf(emptyFiles);
    }
  }

  /**
   * Gets the features of every clip a round uses: from the cache file if it holds them, else
   * computed in parallel (and written to the cache). The first call does the work and prints one
   * line to {@code out} (count, shape, time, whether from the cache) and, if some WAV held no
   * samples, one warning naming the count and the first files; later calls return the same record
   * and print nothing.
   */
  public synchronized Extraction extract(PrintWriter out) {
    if (extraction != null) {
      return extraction;
    }
    int[] used = usedPositions();
    long started = System.nanoTime();
    Optional<Path> file = Optional.empty();
    boolean hit = false;
    if (cache.isPresent()) {
      FeatureCache.Key key = cache.get().key(corpus, config(), used);
      file = Optional.of(cache.get().file(key));
      Optional<FeatureCache.Entries> entries = cache.get().read(key, used.length, out);
      if (entries.isPresent()) {
        hit = true;
        for (int i = 0; i < used.length; i++) {
          extracted.putIfAbsent(used[i], entries.get().features().get(i));
          sourceSamples.putIfAbsent(used[i], entries.get().sourceSamples()[i]);
        }
      } else {
        extractAll(used);
        List<Spectrogram> features = new ArrayList<>(used.length);
        long[] lengths = new long[used.length];
        for (int i = 0; i < used.length; i++) {
          features.add(extracted.get(used[i]));
          lengths[i] = sourceSamples.get(used[i]);
        }
        cache.get().write(key, new FeatureCache.Entries(features, lengths));
      }
    } else {
      extractAll(used);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    List<Path> empty = new ArrayList<>();
    for (int p : used) {
      if (sourceSamples.get(p) == 0) {
        empty.add(corpus.clips().get(p).file());
      }
    }
    extraction = new Extraction(used.length, hit, file, seconds, empty);
    String where =
        file.map(f -> (extraction.fromCache() ? " (" : " (cached in ") + f + ")").orElse("");
    out.printf(
        Locale.ROOT,
        "%s: log-mel features of %d clips %s %s in %.1f s%s%n",
        corpus.dataset().id(),
        used.length,
        java.util.Arrays.toString(config().inputShape()),
        hit ? "read from the cache" : "computed",
        seconds,
        where);
    if (!empty.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "warning: %d WAV file(s) hold 0 samples and were padded to %.1f s of silence: %s%s%n",
          empty.size(),
          config().clipSeconds(),
          empty.subList(0, Math.min(5, empty.size())),
          empty.size() > 5 ? " and " + (empty.size() - 5) + " more" : "");
    }
    out.flush();
    return extraction;
  }

  /** Positions of extracted clips whose WAV held no samples, ascending. */
  public int[] emptyClips() {
    return sourceSamples.entrySet().stream()
        .filter(e -> e.getValue() == 0)
        .mapToInt(Map.Entry::getKey)
        .sorted()
        .toArray();
  }

  /** Train and test examples of {@code round}, normalized with statistics of its train side. */
  public RoundData prepare(Round round) {
    int[] train = round.train();
    int[] test = round.test();
    extractAll(IntStream.concat(IntStream.of(train), IntStream.of(test)).toArray());
    Optional<DatasetStats> stats = Optional.empty();
    if (config().normalization() == Normalization.DATASET) {
      List<Spectrogram> fit = new ArrayList<>();
      for (int p : train) {
        fit.add(raw(p));
      }
      stats = Optional.of(DatasetStats.fit(fit));
    }
    return new RoundData(round, dataset(train, stats), dataset(test, stats), stats);
  }

  private ArrayDataset dataset(int[] positions, Optional<DatasetStats> stats) {
    List<Spectrogram> features = new ArrayList<>(positions.length);
    int[] labels = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      Spectrogram s = raw(positions[i]);
      features.add(stats.isPresent() ? stats.get().apply(s) : s);
      labels[i] = corpus.clips().get(positions[i]).label();
    }
    long[] shape = config().inputShape();
    int[] exampleShape = {(int) shape[0], (int) shape[1], (int) shape[2]};
    return new ArrayDataset(Spectrogram.stack(features), exampleShape, labels);
  }
}
