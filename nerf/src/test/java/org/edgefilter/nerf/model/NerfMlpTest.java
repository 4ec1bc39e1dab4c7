package org.edgefilter.nerf.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The NeRF MLP in every filter configuration, beyond the framework's model contract (which {@link
 * NerfModelContractTest} runs): output ranges, the parameter layout, what each filter axis mixes,
 * and the position check.
 */
class NerfMlpTest {

  private static final int RAYS = 5;
  private static final int SAMPLES = 7;
  private static final MlpConfig SMALL = new MlpConfig(12, 3, 2, 3, 2, DensityActivation.RELU);

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of(
            NerfFilterConfig.highPass(FilterAxis.FEATURES, 3, 3).withMode(FilterMode.IDENTITY)),
        Arguments.of(NerfFilterConfig.highPass(FilterAxis.FEATURES, 3, 3)),
        Arguments.of(NerfFilterConfig.highPass(FilterAxis.SAMPLES, 1, 5)),
        Arguments.of(
            NerfFilterConfig.highPass(FilterAxis.FEATURES, 2, 3).withMode(FilterMode.LOW_PASS)),
        Arguments.of(
            NerfFilterConfig.of(
                FilterMode.HIGH_PASS,
                FilterAxis.SAMPLES,
                2,
                3,
                LowPass.Kind.GAUSSIAN,
                1.0,
                Padding.ZERO)),
        Arguments.of(
            NerfFilterConfig.of(
                FilterMode.HIGH_PASS,
                FilterAxis.FEATURES,
                3,
                3,
                LowPass.Kind.MEDIAN,
                1.0,
                Padding.REPLICATE)));
  }

  /** One MLP tower on placeholders. */
  private record Tower(
      Model model, Placeholder<TFloat32> points, Placeholder<TFloat32> dirs, Field field) {}

  private static Tower tower(Model model, MlpConfig mlp, NerfFilterConfig filter) {
    Ops tf = model.tf();
    Placeholder<TFloat32> points =
        tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, SAMPLES, 3)));
    Placeholder<TFloat32> dirs = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 3)));
    Field field =
        new NerfMlp(model.params().child("net"), mlp, filter)
            .apply(tf.withSubScope("tower"), points, dirs);
    return new Tower(model, points, dirs, field);
  }

  static float[][] inputs(long seed) {
    Random random = new Random(seed);
    float[] points = new float[RAYS * SAMPLES * 3];
    float[] dirs = new float[RAYS * 3];
    for (int i = 0; i < points.length; i++) {
      points[i] = (float) (2 * random.nextDouble() - 1);
    }
    for (int r = 0; r < RAYS; r++) {
      double x = random.nextGaussian();
      double y = random.nextGaussian();
      double z = random.nextGaussian();
      double norm = Math.sqrt(x * x + y * y + z * z);
      dirs[3 * r] = (float) (x / norm);
      dirs[3 * r + 1] = (float) (y / norm);
      dirs[3 * r + 2] = (float) (z / norm);
    }
    return new float[][] {points, dirs};
  }

  private static float[][] run(Tower t, float[][] in, List<Operand<TFloat32>> outputs) {
    try (Feeds feeds =
        Feeds.create()
            .floats(t.points(), in[0], RAYS, SAMPLES, 3)
            .floats(t.dirs(), in[1], RAYS, 3)) {
      return EvalStep.of(t.model(), outputs).run(feeds);
    }
  }

  @ParameterizedTest
  @MethodSource("filters")
  void outputsHaveTheirShapesAndRanges(NerfFilterConfig filter) {
    try (Model model = new Model(3)) {
      Tower t = tower(model, SMALL, filter);
      assertArrayEquals(new long[] {-1, SAMPLES, 3}, t.field().rgb().shape().asArray());
      assertArrayEquals(new long[] {-1, SAMPLES}, t.field().sigma().shape().asArray());
      model.initialize();
      float[][] out = run(t, inputs(11), List.of(t.field().rgb(), t.field().sigma()));
      assertEquals(RAYS * SAMPLES * 3, out[0].length);
      assertEquals(RAYS * SAMPLES, out[1].length);
      for (float v : out[0]) {
        assertTrue(v > 0 && v < 1, "rgb in (0, 1): " + v);
      }
      for (float v : out[1]) {
        assertTrue(v >= 0 && Float.isFinite(v), "sigma >= 0 and finite: " + v);
      }
    }
  }

  @Test
  void theFilterAddsNoParameters() {
    List<String> reference =
        parameterShapes(
            NerfFilterConfig.highPass(FilterAxis.FEATURES, 3, 3).withMode(FilterMode.IDENTITY));
    // NeRF's layout: 3 trunk layers (kernel + bias), sigma, feature, color, rgb heads.
    assertEquals(2 * (3 + 4), reference.size());
    assertTrue(reference.contains("net/layer3/kernel[33, 12]"), "skip after layer 2: " + reference);
    filters().forEach(a -> assertEquals(reference, parameterShapes((NerfFilterConfig) a.get()[0])));
  }

  @Test
  void theFilterChangesTheOutputAndTheSamplesAxisMixesSamplesOfARay() {
    NerfFilterConfig identity =
        NerfFilterConfig.highPass(FilterAxis.FEATURES, 2, 3).withMode(FilterMode.IDENTITY);
    float[][] in = inputs(5);
    float[][] moved = {in[0].clone(), in[1]};
    // Move sample 3 of ray 0 only.
    for (int c = 0; c < 3; c++) {
      moved[0][3 * 3 + c] += 0.5f;
    }
    float[] base = colorsOf(identity, in);
    float[] features = colorsOf(NerfFilterConfig.highPass(FilterAxis.FEATURES, 2, 3), in);
    assertTrue(!Arrays.equals(base, features), "the high-pass filter changes the field");
    for (NerfFilterConfig f :
        List.of(identity, NerfFilterConfig.highPass(FilterAxis.FEATURES, 2, 3))) {
      float[] a = colorsOf(f, in);
      float[] b = colorsOf(f, moved);
      // A per-point field: only the moved sample's color changes.
      for (int i = 0; i < a.length; i++) {
        if (i / 3 != 3) {
          assertEquals(a[i], b[i], 0f, f.axis() + " " + f.mode() + " sample " + i);
        }
      }
    }
    NerfFilterConfig samples = NerfFilterConfig.highPass(FilterAxis.SAMPLES, 2, 3);
    float[] a = colorsOf(samples, in);
    float[] b = colorsOf(samples, moved);
    // Sample 3's neighbours 2 and 4 (red channel) see it through the window of 3.
    assertTrue(a[3 * 2] != b[3 * 2] && a[3 * 4] != b[3 * 4], "the samples filter mixes neighbours");
    assertEquals(a[0], b[0], 0f, "sample 0 is outside the window");
    for (int i = 3 * SAMPLES; i < a.length; i++) {
      assertEquals(a[i], b[i], 0f, "other rays are untouched");
    }
  }

  @Test
  void rejectsAFilterBeyondTheLastLayer() {
    try (Model model = new Model(0)) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new NerfMlp(
                  model.params(), SMALL, NerfFilterConfig.highPass(FilterAxis.FEATURES, 4, 3)));
    }
  }

  /** The colors [RAYS, SAMPLES, 3] (a sigmoid, so never stuck at 0 as a ReLU density can be). */
  private static float[] colorsOf(NerfFilterConfig filter, float[][] in) {
    try (Model model = new Model(3)) {
      Tower t = tower(model, SMALL, filter);
      model.initialize();
      return run(t, in, List.of(t.field().rgb()))[0];
    }
  }

  private static List<String> parameterShapes(NerfFilterConfig filter) {
    try (Model model = new Model(0)) {
      tower(model, SMALL, filter);
      return model.registry().all().stream()
          .map(p -> p.name() + Arrays.toString(p.shape()))
          .toList();
    }
  }
}
