package org.edgefilter.framework.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.probe.FeatureDensity;
import org.edgefilter.framework.probe.Spectra;
import org.edgefilter.framework.probe.Spectrum;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.TrainListener;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.types.TFloat32;

/**
 * Feature probes across training: after every epoch, one forward pass of a fixed probe batch
 * through an evaluation tower, and for each named NHWC tap its density (fraction of values {@code >
 * 0}, {@link FeatureDensity}) and low-frequency energy share (energy of the radially averaged
 * spectrum in radius bins {@code <= max(1, H / 8)}, {@link Spectrum}, the cutoff of the
 * end-of-training probes), appended to {@code metrics.jsonl} as {@code probe/epoch/density/<tap>}
 * and {@code probe/epoch/lowfreq/<tap>} with {@code train/epoch}. The probe batch and taps never
 * change the model.
 */
public final class EpochProbes implements TrainListener {

  /** A named feature map {@code [batch, h, w, c]} with static h, w, c. */
  public record Tap(String name, Operand<TFloat32> tensor) {}

  /** Prefix of the logged probe metrics. */
  public static final String PREFIX = "probe/epoch/";

  private final Model model;
  private final Supplier<Feeds> feeds;
  private final int batch;
  private final List<Tap> taps;
  private final MetricsLog log;

  /**
   * @param model the model owning the taps' graph
   * @param feeds creates the probe batch's feeds (closed after each use)
   * @param batch the probe batch's size
   * @param taps NHWC maps with static spatial and channel sizes
   * @param log where the records go
   */
  public EpochProbes(
      Model model, Supplier<Feeds> feeds, int batch, List<Tap> taps, MetricsLog log) {
    this.model = Objects.requireNonNull(model, "model");
    this.feeds = Objects.requireNonNull(feeds, "feeds");
    this.taps = List.copyOf(taps);
    this.log = Objects.requireNonNull(log, "log");
    this.batch = batch;
    for (Tap t : this.taps) {
      long[] s = t.tensor().shape().asArray();
      if (s.length != 4 || s[1] < 1 || s[2] < 1 || s[3] < 1) {
        throw new IllegalArgumentException(
            "tap " + t.name() + " needs a static NHWC shape, got " + t.tensor().shape());
      }
    }
  }

  @Override
  public void onEpoch(int epoch, long steps, double meanLoss) {
    log.log(steps, measure(epoch));
  }

  /** The probe record of {@code epoch}: {@code train/epoch} and two figures per tap. */
  public Map<String, Double> measure(int epoch) {
    // A session cannot fetch one tensor twice (the baseline's slot input is its output).
    List<Operand<TFloat32>> outputs = new ArrayList<>();
    int[] slot = new int[taps.size()];
    for (int i = 0; i < taps.size(); i++) {
      Output<TFloat32> o = taps.get(i).tensor().asOutput();
      int found = -1;
      for (int j = 0; j < outputs.size() && found < 0; j++) {
        found = outputs.get(j).asOutput().equals(o) ? j : -1;
      }
      if (found < 0) {
        found = outputs.size();
        outputs.add(o);
      }
      slot[i] = found;
    }
    float[][] fetched;
    try (Feeds f = feeds.get()) {
      fetched = EvalStep.of(model, outputs).run(f);
    }
    float[][] values = new float[taps.size()][];
    for (int i = 0; i < taps.size(); i++) {
      values[i] = fetched[slot[i]];
    }
    Map<String, Double> record = new LinkedHashMap<>();
    record.put("train/epoch", (double) epoch);
    for (int i = 0; i < taps.size(); i++) {
      long[] s = taps.get(i).tensor().shape().asArray();
      int h = (int) s[1];
      int w = (int) s[2];
      int c = (int) s[3];
      Spectrum spectrum = Spectra.radial2d(values[i], batch, h, w, c);
      record.put(PREFIX + "density/" + taps.get(i).name(), FeatureDensity.of(values[i]));
      record.put(
          PREFIX + "lowfreq/" + taps.get(i).name(),
          spectrum.lowFrequencyEnergyFraction(Math.max(1, h / 8.0)));
    }
    return record;
  }

  /**
   * The outputs of the first {@code count} 3x3 convolutions ({@code Conv2D} ops whose filter has
   * static shape {@code [3, 3, ...]}) downstream of {@code start}, found breadth-first over the
   * graph's consumers, so the nearest come first: "the next layers" after a tap, without the model
   * naming them.
   */
  public static List<Operand<TFloat32>> nextConvolutions(Operand<TFloat32> start, int count) {
    List<Operand<TFloat32>> out = new ArrayList<>();
    ArrayDeque<GraphOperation> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    GraphOperation first = (GraphOperation) start.op();
    queue.addAll(first.consumers(start.asOutput().index()));
    while (!queue.isEmpty() && out.size() < count) {
      GraphOperation op = queue.poll();
      if (!seen.add(op.name())) {
        continue;
      }
      if (op.type().equals("Conv2D")) {
        long[] filter = op.input(1).shape().asArray();
        if (filter.length == 4 && filter[0] == 3 && filter[1] == 3) {
          Output<TFloat32> y = op.output(0);
          out.add(y);
        }
      }
      for (int i = 0; i < op.numOutputs(); i++) {
        queue.addAll(op.consumers(i));
      }
    }
    return out;
  }
}
