package org.edgefilter.vision.model;

import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.edgefilter.framework.nn.ContractSubject;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.ModelContract;
import org.edgefilter.framework.train.Feeds;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** The framework's model contract over every vision architecture, each small (32x32 inputs). */
class VisionModelContractTest extends ModelContract {

  private static final int SIZE = 32;
  private static final int CLASSES = 10;
  private static final int BATCH = 4;

  @Override
  protected List<Architecture> architectures() {
    return List.of(
        architecture("WRN-10-1", ModelConfig.wrn(10, 1),
            new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1, 5, Padding.REFLECT, 1)),
        architecture("ResNet18 width 4", ModelConfig.resnet18(4),
            new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.GAUSSIAN, 1, 3, Padding.ZERO, 2)),
        architecture("ViT patch 8, width 16, 2 blocks",
            new ModelConfig("vit", 0, 0, 4, 0.1, 8, 16, 2, 2, 32),
            new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1, 3, Padding.REFLECT, 2)));
  }

  @Override
  protected Collection<String> registeredNames() {
    return ModelConfig.ARCHITECTURES;
  }

  private static Architecture architecture(String name, ModelConfig config, FilterConfig filter) {
    return new Architecture(config.arch(), "vision " + name + ", " + filter.armName(),
        (filtered, seed) -> new Subject(
            new Classifier(config, filtered ? filter : filter.baseline(), SIZE, CLASSES, seed, 0, 0)));
  }

  /** A classifier on a fixed batch of Gaussian images with labels 0..3. */
  private record Subject(Classifier classifier) implements ContractSubject {

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
    public Model model() {
      return classifier.model();
    }

    @Override
    public List<Operand<TFloat32>> outputs() {
      return List.of(classifier.evalLogits());
    }

    @Override
    public List<long[]> outputShapes() {
      return List.of(new long[] {BATCH, CLASSES});
    }

    @Override
    public Operand<TFloat32> loss() {
      return classifier.trainStep().loss();
    }

    @Override
    public Feeds feeds() {
      return Feeds.create().floats(classifier.images(), IMAGES, BATCH, SIZE, SIZE, 3)
          .ints(classifier.labels(), new int[] {0, 1, 2, 3}, BATCH);
    }

    @Override
    public void close() {
      classifier.close();
    }
  }
}
