package org.edgefilter.audio.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.edgefilter.audio.model.AudioClassifier;
import org.edgefilter.audio.model.FilterMaps;
import org.edgefilter.framework.data.ArrayDataset;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.plot.FloatImage;
import org.edgefilter.framework.plot.ImageGrid;
import org.edgefilter.framework.train.TrainState;

/**
 * A picture of what the filter does to real inputs: for a few test clips of different classes, the
 * model's log-mel input and, at the filter's position, the feature map entering the filter, the map
 * leaving it, and the part it removed (input minus output: the low-pass {@code LPF(h)} for the
 * HIGH_PASS filter).
 *
 * <p>Each cell shows time left to right and frequency bottom to top (mel band 0 at the bottom).
 * Maps deeper in the network are smaller; they are enlarged to the input's size by repeating values
 * (nearest neighbour), so a cell's blockiness shows the map's resolution. At a position after block
 * i the map has many channels; each row shows the channel with the largest variance at the filter's
 * input for that clip. Every cell is scaled on its own from its minimum (black) to its maximum
 * (white), so cells show structure, not absolute level.
 */
public final class SpectrogramFigure {

  /** Columns of the figure. */
  public static final List<String> COLUMNS =
      List.of("log-mel input", "filter input", "filter output", "removed (input - output)");

  private SpectrogramFigure() {}

  /**
   * Builds the figure of {@code config}'s model on its dataset: with the weights of {@code
   * runDirectory}'s first round when given (and {@code config} read from it), else with untrained
   * weights drawn from {@code seed}.
   *
   * @param config the configuration; ignored when {@code runDirectory} is present
   * @param runDirectory a run directory of this module, or empty
   * @return the figure, with a one-line description of what it shows
   */
  public static Figure create(
      AudioConfig config,
      Optional<Path> runDirectory,
      DataLocator data,
      int clips,
      long seed,
      int threads) {
    AudioConfig used = runDirectory.map(Evaluation::config).orElse(config);
    AudioCorpus corpus = AudioCorpus.load(used, data);
    Round round = corpus.rounds().get(0);
    RoundData roundData = new FeatureStore(corpus, used.features()).prepare(round);
    try (AudioClassifier classifier =
        AudioClassifier.forInference(
            used.cnn(), used.features().inputShape(), corpus.numClasses(), seed, threads)) {
      String weights;
      if (runDirectory.isPresent()) {
        TrainState state = RoundCheckpoint.load(classifier, runDirectory.get(), round);
        weights =
            "trained weights of "
                + runDirectory.get()
                + " ("
                + round.name()
                + ", step "
                + state.step()
                + ")";
      } else {
        classifier.model().initialize();
        weights = "untrained weights (seed " + seed + ")";
      }
      ImageGrid grid = render(classifier, roundData, corpus.classNames(), clips, 3);
      String description =
          String.format(
              Locale.ROOT,
              "%s test clips of %s, filter %s at position %d, %s",
              used.dataset().id(),
              round.name(),
              used.filter().spec(2).label(),
              used.filter().position(),
              weights);
      return new Figure(grid, description);
    }
  }

  /**
   * A rendered figure.
   *
   * @param grid the image grid (write it with {@link ImageGrid#writePng})
   * @param description what it shows: dataset, filter, position, weights
   */
  public record Figure(ImageGrid grid, String description) {}

  /**
   * The figure for the first round's test clips: one clip of each of the first {@code clips}
   * classes that have test clips.
   *
   * @param classifier a classifier (trained or not) for {@code data}'s input shape
   * @param data the round's examples (normalized as the model was trained)
   * @param classNames class index to name
   * @param clips rows of the figure
   * @param scale nearest-neighbour enlargement of every cell
   */
  public static ImageGrid render(
      AudioClassifier classifier, RoundData data, List<String> classNames, int clips, int scale) {
    if (clips < 1) {
      throw new IllegalArgumentException("the figure needs at least one clip, got " + clips);
    }
    ArrayDataset test = data.test();
    List<Integer> chosen = chooseByClass(test, clips);
    int[] indices = chosen.stream().mapToInt(Integer::intValue).toArray();
    float[] batch = test.batch(indices).features();
    FilterMaps maps = classifier.filterMaps(batch, indices.length);
    int frames = (int) classifier.exampleShape()[0];
    int mels = (int) classifier.exampleShape()[1];
    ImageGrid.Builder grid = ImageGrid.builder(indices.length, COLUMNS.size()).optScale(scale);
    List<String> rowLabels = new ArrayList<>();
    for (int row = 0; row < indices.length; row++) {
      float[] input = new float[frames * mels];
      System.arraycopy(batch, row * frames * mels, input, 0, frames * mels);
      int channel = loudestChannel(maps, row);
      float[] in = maps.channel(maps.input(), row, channel);
      float[] out = maps.channel(maps.output(), row, channel);
      float[] removed = new float[in.length];
      for (int i = 0; i < in.length; i++) {
        removed[i] = in[i] - out[i];
      }
      grid.set(row, 0, image(input, frames, mels, frames, mels));
      grid.set(row, 1, image(in, maps.time(), maps.freq(), frames, mels));
      grid.set(row, 2, image(out, maps.time(), maps.freq(), frames, mels));
      grid.set(row, 3, image(removed, maps.time(), maps.freq(), frames, mels));
      rowLabels.add(
          String.format(
              Locale.ROOT, "%s, ch %d", classNames.get(test.label(indices[row])), channel));
    }
    return grid.optRowLabels(rowLabels).optColumnLabels(COLUMNS).build();
  }

  /** Test positions of one clip per class, classes in ascending order, at most {@code count}. */
  static List<Integer> chooseByClass(ArrayDataset test, int count) {
    List<Integer> chosen = new ArrayList<>();
    int classes = maxLabel(test) + 1;
    for (int label = 0; label < classes && chosen.size() < count; label++) {
      for (int i = 0; i < test.size(); i++) {
        if (test.label(i) == label) {
          chosen.add(i);
          break;
        }
      }
    }
    return chosen;
  }

  private static int maxLabel(ArrayDataset data) {
    int max = 0;
    for (int i = 0; i < data.size(); i++) {
      max = Math.max(max, data.label(i));
    }
    return max;
  }

  /** The channel whose filter-input map varies most for example {@code row}. */
  static int loudestChannel(FilterMaps maps, int row) {
    int best = 0;
    double bestVariance = -1;
    for (int c = 0; c < maps.channels(); c++) {
      float[] v = maps.channel(maps.input(), row, c);
      double mean = 0;
      for (float x : v) {
        mean += x;
      }
      mean /= v.length;
      double variance = 0;
      for (float x : v) {
        variance += (x - mean) * (x - mean);
      }
      if (variance > bestVariance) {
        bestVariance = variance;
        best = c;
      }
    }
    return best;
  }

  /**
   * A {@code [time, freq]} map as a gray image of {@code mels} rows (frequency, lowest at the
   * bottom) and {@code frames} columns (time), enlarged by nearest neighbour and scaled to [0, 1].
   */
  static FloatImage image(float[] map, int time, int freq, int frames, int mels) {
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float v : map) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    float range = max > min ? max - min : 1f;
    float[] pixels = new float[mels * frames];
    for (int y = 0; y < mels; y++) {
      int f = (int) ((long) (mels - 1 - y) * freq / mels);
      for (int x = 0; x < frames; x++) {
        int t = (int) ((long) x * time / frames);
        pixels[y * frames + x] = (map[t * freq + f] - min) / range;
      }
    }
    return FloatImage.gray(pixels, mels, frames);
  }
}
