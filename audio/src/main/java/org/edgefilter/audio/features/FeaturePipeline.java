package org.edgefilter.audio.features;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.edgefilter.audio.data.AudioClip;
import org.edgefilter.audio.data.LabeledAudio;
import org.edgefilter.audio.data.Resampler;
import org.edgefilter.audio.data.Split;
import org.edgefilter.audio.data.WavReader;

/**
 * File to model input, as {@link FeatureConfig} says: read the WAV (mixed to mono), resample to the
 * configured rate, cut or pad to the clip length, log-mel, and standardize. Thread-safe; batch
 * methods use the common fork-join pool and keep input order.
 */
public final class FeaturePipeline {

  private final FeatureConfig config;
  private final LogMelSpectrogram logMel;
  private final Map<Integer, Resampler> resamplers = new ConcurrentHashMap<>();

  public FeaturePipeline(FeatureConfig config) {
    this.config = config;
    this.logMel = new LogMelSpectrogram(config);
  }

  public FeatureConfig config() {
    return config;
  }

  /**
   * The clip's waveform at the configured rate and length.
   *
   * @return shape {@code [config.clipSamples()]}
   */
  public float[] waveform(Path wav) {
    AudioClip clip = WavReader.read(wav);
    Resampler resampler =
        resamplers.computeIfAbsent(
            clip.sampleRate(), rate -> Resampler.create(rate, config.sampleRate()));
    return config.padding().fit(clip.resampled(resampler).samples(), config.clipSamples());
  }

  /**
   * Features of a waveform already at the configured rate, cut or padded to the clip length;
   * standardized per clip if the config says PER_CLIP (DATASET statistics are applied by {@link
   * #prepare}).
   *
   * @param samples shape {@code [n]}
   * @return shape {@code config.inputShape()}
   */
  public Spectrogram extract(float[] samples) {
    Spectrogram s = logMel.compute(config.padding().fit(samples, config.clipSamples()));
    return config.normalization() == Normalization.PER_CLIP ? s.standardized() : s;
  }

  /** {@link #extract(float[])} of the file's {@link #waveform}. */
  public Spectrogram extract(Path wav) {
    return extractFile(wav).features();
  }

  /**
   * The features of one file with the number of samples the file held.
   *
   * @param features shape {@code config.inputShape()}, as {@link #extract(Path)} gives
   * @param sourceSamples sample frames in the file, before resampling and cutting or padding; 0 for
   *     a WAV with an empty data chunk, whose features are those of silence
   */
  public record FileFeatures(Spectrogram features, long sourceSamples) {}

  /** {@link #extract(Path)}, with the file's own length (to find empty recordings). */
  public FileFeatures extractFile(Path wav) {
    AudioClip clip = WavReader.read(wav);
    Resampler resampler =
        resamplers.computeIfAbsent(
            clip.sampleRate(), rate -> Resampler.create(rate, config.sampleRate()));
    float[] fitted =
        config.padding().fit(clip.resampled(resampler).samples(), config.clipSamples());
    return new FileFeatures(extract(fitted), clip.samples().length);
  }

  /** {@link #extract(Path)} of every file, in parallel, in input order. */
  public List<Spectrogram> extractAll(List<Path> files) {
    return files.parallelStream().map(this::extract).toList();
  }

  /**
   * Features of both sides of a split. With DATASET normalization the per-band statistics are
   * fitted on the train side only and applied to both sides.
   */
  public FeatureSplit prepare(Split<? extends LabeledAudio> split) {
    LabeledFeatures train = features(split.train());
    LabeledFeatures test = features(split.test());
    if (config.normalization() != Normalization.DATASET) {
      return new FeatureSplit(train, test, Optional.empty());
    }
    DatasetStats stats = DatasetStats.fit(train.features());
    return new FeatureSplit(normalize(train, stats), normalize(test, stats), Optional.of(stats));
  }

  private LabeledFeatures features(List<? extends LabeledAudio> items) {
    List<Path> files = items.stream().map(LabeledAudio::file).toList();
    int[] labels = items.stream().mapToInt(LabeledAudio::label).toArray();
    return new LabeledFeatures(extractAll(files), labels, files);
  }

  private static LabeledFeatures normalize(LabeledFeatures f, DatasetStats stats) {
    return new LabeledFeatures(
        f.features().stream().map(stats::apply).toList(), f.labels(), f.files());
  }
}
