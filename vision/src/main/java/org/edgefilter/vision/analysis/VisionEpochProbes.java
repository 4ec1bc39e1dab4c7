package org.edgefilter.vision.analysis;

import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.analysis.EpochProbes;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.TrainListener;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.model.Classifier;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The per-epoch feature probes of a vision run: a fixed batch of clean test images (the first
 * {@value #IMAGES}, prepared as the model sees them) through the EVAL tower after every epoch,
 * measured at the filter slot's input ({@code slot_in}) and output ({@code slot_out}, the same map
 * for the baseline) and at the outputs of the next two 3x3 convolutions downstream of the slot
 * ({@code next1}, {@code next2}).
 */
public final class VisionEpochProbes {

  /** Probe batch size (as the end-of-training probes). */
  public static final int IMAGES = 128;

  private VisionEpochProbes() {}

  /**
   * The probe images as model inputs, NHWC {@code [count, size, size, 3]}, normalized as in
   * training.
   */
  public record ProbeBatch(float[] images, int count) {}

  /** The first {@value #IMAGES} images of {@code test}, prepared by {@code prepare}. */
  public static ProbeBatch firstImages(
      ImageSet test, java.util.function.Function<ImageSet, float[]> prepare) {
    int n = Math.min(IMAGES, test.size());
    return new ProbeBatch(prepare.apply(test.slice(0, n)), n);
  }

  /**
   * The listener, or one that does nothing when {@code enabled} is false or the model has no 2D
   * filter slot in its graph (a ViT's slot is 1D over tokens: no spatial spectrum here).
   */
  public static TrainListener listener(
      Classifier classifier, ProbeBatch batch, MetricsLog log, boolean enabled) {
    if (!enabled
        || classifier.evalTaps().input().isEmpty()
        || classifier.evalTaps().input().get().shape().numDimensions() != 4) {
      return new TrainListener() {};
    }
    int n = batch.count();
    float[] images = batch.images();
    Operand<TFloat32> in = classifier.evalTaps().input().get();
    Operand<TFloat32> out = classifier.evalTaps().output().get();
    List<EpochProbes.Tap> taps = new ArrayList<>();
    taps.add(new EpochProbes.Tap("slot_in", in));
    taps.add(new EpochProbes.Tap("slot_out", out));
    List<Operand<TFloat32>> next = EpochProbes.nextConvolutions(out, 2);
    for (int i = 0; i < next.size(); i++) {
      taps.add(new EpochProbes.Tap("next" + (i + 1), next.get(i)));
    }
    int size = classifier.imageSize();
    return new EpochProbes(
        classifier.model(),
        () -> Feeds.create().floats(classifier.images(), images, n, size, size, 3),
        n,
        taps,
        log);
  }
}
