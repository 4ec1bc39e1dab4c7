package org.edgefilter.audio.model;

import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.edgefilter.framework.nn.ContractSubject;
import org.edgefilter.framework.nn.ModelContract;
import org.edgefilter.framework.train.Adam;

/**
 * The framework's model contract over the audio CNN (channels 4-8-8, 21 frames x 12 mels), on a
 * fixed batch of six Gaussian log-mel maps with labels 0..5.
 */
class AudioModelContractTest extends ModelContract {

  private static final int FRAMES = 21;
  private static final int MELS = 12;
  private static final int CLASSES = 10;
  private static final int BATCH = 6;
  private static final float[] FEATURES = features();

  private static float[] features() {
    Random rng = new Random(3);
    float[] x = new float[BATCH * FRAMES * MELS];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rng.nextGaussian();
    }
    return x;
  }

  @Override
  protected List<Architecture> architectures() {
    FilterConfig filter =
        new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1.0, 3, Padding.REFLECT, 1);
    CnnConfig config = new CnnConfig(List.of(4, 8, 8), 0.0, filter);
    return List.of(
        new Architecture(
            "cnn",
            "audio CNN 4-8-8, " + filter.armName(),
            (filtered, seed) ->
                subject(
                    AudioClassifier.forTraining(
                        filtered ? config : config.withFilter(filter.baseline()),
                        new long[] {FRAMES, MELS, 1},
                        CLASSES,
                        seed,
                        1,
                        Adam.defaults()))));
  }

  /** The audio module has one architecture, {@link AudioCnn}. */
  @Override
  protected Collection<String> registeredNames() {
    return List.of("cnn");
  }

  private static ContractSubject subject(AudioClassifier c) {
    return ContractSubject.of(
        c.model(),
        c.evalTower().logits(),
        new long[] {BATCH, CLASSES},
        c.trainLoss(),
        () -> c.inputFeeds(FEATURES, BATCH).ints(c.labels(), new int[] {0, 1, 2, 3, 4, 5}, BATCH),
        c::close);
  }
}
