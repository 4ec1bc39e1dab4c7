package org.edgefilter.audio.experiment;

import java.util.ArrayList;
import java.util.List;
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
 */
public final class FeatureStore {

  private final AudioCorpus corpus;
  private final FeaturePipeline pipeline;
  private final Map<Integer, Spectrogram> extracted = new ConcurrentHashMap<>();

  public FeatureStore(AudioCorpus corpus, FeatureConfig config) {
    this.corpus = corpus;
    this.pipeline = new FeaturePipeline(config);
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
      s = pipeline.extract(corpus.clips().get(position).file());
      Spectrogram earlier = extracted.putIfAbsent(position, s);
      s = earlier != null ? earlier : s;
    }
    return s;
  }

  /** Extracts every clip of {@code positions} not extracted yet, in parallel. */
  public void extractAll(int[] positions) {
    IntStream.of(positions).parallel().forEach(this::raw);
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
