package org.edgefilter.nerf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.nerf.render.Rendering;
import org.edgefilter.nerf.render.VolumeRenderer;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** The graph renderer against the plain-Java reference and against Beer-Lambert. */
class VolumeRenderingTest {

  @Test
  void graphMatchesTheJavaReferenceOnRandomRays() {
    int n = 40;
    int s = 24;
    Random random = new Random(7);
    float[] t = new float[n * s];
    float[] sigma = new float[n * s];
    float[] colors = new float[3 * n * s];
    float[] norms = new float[n];
    for (int r = 0; r < n; r++) {
      norms[r] = 0.5f + random.nextFloat();
      float depth = 2f;
      for (int i = 0; i < s; i++) {
        depth += 0.3f * random.nextFloat(); // sorted, uneven gaps, some nearly zero
        t[r * s + i] = depth;
        // A mix of empty space, thin fog and near-opaque samples.
        sigma[r * s + i] =
            random.nextInt(3) == 0 ? 0f : (float) Math.exp(4 * random.nextGaussian() - 1);
      }
    }
    for (int k = 0; k < colors.length; k++) {
      colors[k] = random.nextFloat();
    }
    Rendering expected = VolumeRenderer.onBackground(1, 1, 1).render(n, s, t, sigma, colors, norms);
    float[][] actual = renderInGraph(n, s, t, sigma, colors, norms);
    assertClose(expected.rgb(), actual[0], 2e-5, "rgb");
    assertClose(expected.weights(), actual[1], 2e-5, "weights");
    assertClose(expected.depth(), actual[2], 1e-4, "depth");
    assertClose(expected.opacity(), actual[3], 2e-5, "opacity");
  }

  @Test
  void densitySlabHasBeerLambertOpacityThroughTheWholeGraph() {
    // Rays start at z = 4 and run along d = (0, 0, -2), so |d| = 2 and t = 1 reaches z = 2. A slab
    // of density s fills |z| < L/2; its opacity is 1 - exp(-s L) (Beer-Lambert), its color red, and
    // the background white shows through the rest. The density is computed in the graph from the
    // sample points o + t d, so the points, the |d| scaling of the intervals and the rendering are
    // all checked. Samples are a fine grid over t in [1, 3] (z from 2 to -2).
    int samples = 2001;
    double step = 2.0 / (samples - 1);
    for (double s : new double[] {0.5, 3.0}) {
      for (double thickness : new double[] {0.4, 1.0}) {
        try (Model model = new Model(0)) {
          Ops tf = model.tf();
          Placeholder<TFloat32> origins = placeholder(tf, 3);
          Placeholder<TFloat32> directions = placeholder(tf, 3);
          Placeholder<TFloat32> depths = placeholder(tf, samples);
          Operand<TFloat32> points =
              tf.math.add(
                  tf.expandDims(origins, tf.constant(1)),
                  tf.math.mul(
                      tf.expandDims(directions, tf.constant(1)),
                      tf.expandDims(depths, tf.constant(2))));
          Operand<TFloat32> z =
              tf.squeeze(
                  tf.slice(
                      points, tf.constant(new int[] {0, 0, 2}), tf.constant(new int[] {-1, -1, 1})),
                  org.tensorflow.op.core.Squeeze.axis(List.of(2L)));
          Operand<TFloat32> inside =
              tf.dtypes.cast(
                  tf.math.less(tf.math.abs(z), tf.constant((float) (thickness / 2))),
                  TFloat32.class);
          Operand<TFloat32> sigma = tf.math.mul(inside, tf.constant((float) s));
          Operand<TFloat32> red =
              tf.math.add(tf.zerosLike(points), tf.constant(new float[] {1f, 0f, 0f}));
          Operand<TFloat32> norms =
              tf.math.sqrt(tf.reduceSum(tf.math.square(directions), tf.constant(1)));
          RenderedRays out =
              VolumeRendering.render(tf, red, sigma, depths, norms, new float[] {1f, 1f, 1f});
          float[] t = new float[samples];
          for (int i = 0; i < samples; i++) {
            t[i] = (float) (1 + i * step);
          }
          try (Feeds feeds =
              Feeds.create()
                  .floats(origins, new float[] {0, 0, 4}, 1, 3)
                  .floats(directions, new float[] {0, 0, -2}, 1, 3)
                  .floats(depths, t, 1, samples)) {
            float[][] v = EvalStep.of(model, List.of(out.opacity(), out.rgb())).run(feeds);
            double expected = 1 - Math.exp(-s * thickness);
            // The grid resolves the slab's edges to one interval of length 2 * step in z.
            double tolerance = s * 2 * step * 2 + 1e-5;
            assertEquals(expected, v[0][0], tolerance, "opacity s=" + s + " L=" + thickness);
            assertEquals(1.0, v[1][0], 1e-5, "red stays 1 on white");
            assertEquals(1 - expected, v[1][1], tolerance, "green is what passes through");
          }
        }
      }
    }
  }

  @Test
  void emptyRaysShowTheBackgroundAndOpaqueFirstSampleHidesIt() {
    float[] t = {2, 3, 4};
    float[] colors = {0.2f, 0.4f, 0.6f, 0, 0, 0, 0, 0, 0};
    float[][] empty = renderInGraph(1, 3, t, new float[3], colors, new float[] {1});
    assertEquals(1f, empty[0][0], 0f);
    assertEquals(0f, empty[3][0], 0f);
    float[][] opaque = renderInGraph(1, 3, t, new float[] {1e4f, 0, 0}, colors, new float[] {1});
    assertEquals(0.2f, opaque[0][0], 1e-6f);
    assertEquals(0.6f, opaque[0][2], 1e-6f);
    assertEquals(2f, opaque[2][0], 1e-5f, "depth is the first sample's");
  }

  private static float[][] renderInGraph(
      int n, int s, float[] t, float[] sigma, float[] colors, float[] norms) {
    try (Model model = new Model(0)) {
      Ops tf = model.tf();
      Placeholder<TFloat32> tIn = placeholder(tf, s);
      Placeholder<TFloat32> sigmaIn = placeholder(tf, s);
      Placeholder<TFloat32> rgbIn =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, s, 3)));
      Placeholder<TFloat32> normsIn =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
      RenderedRays out =
          VolumeRendering.render(tf, rgbIn, sigmaIn, tIn, normsIn, new float[] {1, 1, 1});
      try (Feeds feeds =
          Feeds.create()
              .floats(tIn, t, n, s)
              .floats(sigmaIn, sigma, n, s)
              .floats(rgbIn, colors, n, s, 3)
              .floats(normsIn, norms, n)) {
        return EvalStep.of(model, List.of(out.rgb(), out.weights(), out.depth(), out.opacity()))
            .run(feeds);
      }
    }
  }

  private static Placeholder<TFloat32> placeholder(Ops tf, long width) {
    return tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, width)));
  }

  private static void assertClose(float[] expected, float[] actual, double tolerance, String what) {
    assertEquals(expected.length, actual.length, what + " length");
    for (int i = 0; i < expected.length; i++) {
      assertTrue(
          Math.abs(expected[i] - actual[i]) <= tolerance * (1 + Math.abs(expected[i])),
          what + "[" + i + "]: expected " + expected[i] + ", got " + actual[i]);
    }
  }
}
