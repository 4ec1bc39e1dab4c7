package org.edgefilter.vision.model;

import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.edgefilter.framework.nn.ContractSubject;
import org.edgefilter.framework.nn.ModelContract;
import org.edgefilter.framework.train.Feeds;

/**
 * The framework's model contract over every vision architecture, each small, on a fixed batch of
 * four 32x32 Gaussian images with labels 0..3.
 */
class VisionModelContractTest extends ModelContract {

  private static final int SIZE = 32;
  private static final int CLASSES = 10;
  private static final int BATCH = 4;
  private static final float[] IMAGES = images();

  private static float[] images() {
    Random r = new Random(1);
    float[] x = new float[BATCH * SIZE * SIZE * 3];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian();
    }
    return x;
  }

  @Override
  protected List<Architecture> architectures() {
    return List.of(
        architecture(
            "WRN-10-1",
            ModelConfig.wrn(10, 1),
            new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1, 5, Padding.REFLECT, 1)),
        architecture(
            "ResNet18 width 4",
            ModelConfig.resnet18(4),
            new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.GAUSSIAN, 1, 3, Padding.ZERO, 2)),
        architecture(
            "ViT patch 8, width 16, 2 blocks",
            new ModelConfig("vit", 0, 0, 4, 0.1, 8, 16, 2, 2, 32),
            new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1, 3, Padding.REFLECT, 2)));
  }

  @Override
  protected Collection<String> registeredNames() {
    return ModelConfig.ARCHITECTURES;
  }

  private static Architecture architecture(String name, ModelConfig config, FilterConfig filter) {
    return new Architecture(
        config.arch(),
        "vision " + name + ", " + filter.armName(),
        (filtered, seed) ->
            subject(
                new Classifier(
                    config, filtered ? filter : filter.baseline(), SIZE, CLASSES, seed, 0, 0)));
  }

  private static ContractSubject subject(Classifier c) {
    return ContractSubject.of(
        c.model(),
        c.evalLogits(),
        new long[] {BATCH, CLASSES},
        c.trainStep().loss(),
        () ->
            Feeds.create()
                .floats(c.images(), IMAGES, BATCH, SIZE, SIZE, 3)
                .ints(c.labels(), new int[] {0, 1, 2, 3}, BATCH),
        c::close);
  }
}
