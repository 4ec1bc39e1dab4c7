package org.edgefilter.nerf.model;

import java.util.Collection;
import java.util.List;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.nn.ContractSubject;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.ModelContract;
import org.edgefilter.framework.train.Feeds;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The framework's model contract over the NeRF MLP (width 12, 3 trunk layers), with the filter
 * along the features and along the samples of a ray, on 5 rays of 7 samples. Its loss is sum(rgb^2)
 * + sum(sigma), which reaches both heads.
 */
class NerfModelContractTest extends ModelContract {

  private static final int RAYS = 5;
  private static final int SAMPLES = 7;
  private static final MlpConfig SMALL = new MlpConfig(12, 3, 2, 3, 2, DensityActivation.RELU);

  @Override
  protected List<Architecture> architectures() {
    return List.of(
        architecture(NerfFilterConfig.highPass(FilterAxis.FEATURES, 3, 3)),
        architecture(NerfFilterConfig.highPass(FilterAxis.SAMPLES, 1, 5)));
  }

  /** The nerf module has one architecture, {@link NerfMlp}. */
  @Override
  protected Collection<String> registeredNames() {
    return List.of("mlp");
  }

  private static Architecture architecture(NerfFilterConfig filter) {
    return new Architecture(
        "mlp",
        "nerf MLP 12x3, " + filter.describe(),
        (filtered, seed) ->
            new Subject(new Model(seed), filtered ? filter : filter.withMode(FilterMode.IDENTITY)));
  }

  /** One MLP tower on placeholders for points {@code [rays, samples, 3]} and directions. */
  private static final class Subject implements ContractSubject {

    private static final float[][] INPUTS = NerfMlpTest.inputs(11);

    private final Model model;
    private final Placeholder<TFloat32> points;
    private final Placeholder<TFloat32> dirs;
    private final Field field;
    private final Operand<TFloat32> loss;

    Subject(Model model, NerfFilterConfig filter) {
      this.model = model;
      try {
        Ops tf = model.tf();
        points = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, SAMPLES, 3)));
        dirs = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 3)));
        field =
            new NerfMlp(model.params().child("net"), SMALL, filter)
                .apply(tf.withSubScope("tower"), points, dirs);
        loss =
            tf.math.add(
                tf.reduceSum(tf.math.square(field.rgb()), tf.constant(new int[] {0, 1, 2})),
                tf.reduceSum(field.sigma(), tf.constant(new int[] {0, 1})));
      } catch (RuntimeException e) {
        model.close();
        throw e;
      }
    }

    @Override
    public Model model() {
      return model;
    }

    @Override
    public List<Operand<TFloat32>> outputs() {
      return List.of(field.rgb(), field.sigma());
    }

    @Override
    public List<long[]> outputShapes() {
      return List.of(new long[] {RAYS, SAMPLES, 3}, new long[] {RAYS, SAMPLES});
    }

    @Override
    public Operand<TFloat32> loss() {
      return loss;
    }

    @Override
    public Feeds feeds() {
      return Feeds.create()
          .floats(points, INPUTS[0], RAYS, SAMPLES, 3)
          .floats(dirs, INPUTS[1], RAYS, 3);
    }

    @Override
    public void close() {
      model.close();
    }
  }
}
