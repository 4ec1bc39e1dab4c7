package org.edgefilter.nerf.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VolumeRendererTest {

  private static final VolumeRenderer WHITE = VolumeRenderer.onWhite();

  @Test
  void slabOfConstantDensityHasBeerLambertOpacity() {
    // A slab of density s and thickness L absorbs 1 - exp(-s L) (Beer-Lambert). Samples are a fine
    // grid over [2, 6]; the slab covers [3, 3 + L]. Discretization error is at most about s *
    // delta.
    int samples = 801;
    double delta = 4.0 / (samples - 1);
    for (double s : new double[] {0.5, 2.0, 5.0}) {
      for (double thickness : new double[] {0.25, 1.0}) {
        float[] t = new float[samples];
        float[] sigma = new float[samples];
        float[] colors = new float[3 * samples];
        for (int i = 0; i < samples; i++) {
          t[i] = (float) (2 + i * delta);
          double mid = t[i] + 0.5 * delta;
          sigma[i] = mid > 3 && mid < 3 + thickness ? (float) s : 0f;
          colors[3 * i] = 1f;
        }
        Rendering out = WHITE.render(1, samples, t, sigma, colors, null);
        double expected = 1 - Math.exp(-s * thickness);
        assertEquals(expected, out.opacity()[0], 2 * s * delta, "s=" + s + " L=" + thickness);
        // Red slab on white: red stays 1, green and blue are what passes through.
        assertEquals(1.0, out.rgb()[0], 1e-6);
        assertEquals(1 - out.opacity()[0], out.rgb()[1], 1e-6);
      }
    }
  }

  @Test
  void emptySpaceRendersTheBackground() {
    float[] t = {2, 3, 4, 5, 6};
    float[] colors = new float[15];
    Rendering white = WHITE.render(1, 5, t, new float[5], colors, null);
    assertEquals(1f, white.rgb()[0]);
    assertEquals(1f, white.rgb()[2]);
    assertEquals(0f, white.opacity()[0]);
    assertEquals(0f, white.depth()[0]);
    Rendering gray =
        VolumeRenderer.onBackground(0.25, 0.5, 0.75).render(1, 5, t, new float[5], colors, null);
    assertEquals(0.5f, gray.rgb()[1]);
  }

  @Test
  void opaqueWallStopsTheRayAtItsDepth() {
    float[] t = {2, 3, 4, 5, 6};
    float[] sigma = {0, 0, 1e4f, 1e4f, 0};
    float[] colors = new float[15];
    colors[3 * 2 + 1] = 1f;
    Rendering out = WHITE.render(1, 5, t, sigma, colors, null);
    assertEquals(1.0, out.weights()[2], 1e-9);
    assertEquals(4.0, out.depth()[0], 1e-5);
    assertEquals(0.0, out.rgb()[0], 1e-6);
    assertEquals(1.0, out.rgb()[1], 1e-6);
  }

  @Test
  void lastSampleAbsorbsEverythingThatIsLeft() {
    // NeRF's last delta of 1e10 makes any positive density at the last sample fully opaque.
    Rendering out =
        WHITE.render(1, 3, new float[] {2, 4, 6}, new float[] {0, 0, 0.01f}, new float[9], null);
    assertEquals(1.0, out.opacity()[0], 1e-9);
  }

  @Test
  void matchesProductFormOnRandomRays() {
    // Independent reference: T_i = prod_{j<i} (1 - alpha_j), which equals exp(-exclusive cumsum).
    Random random = new Random(3);
    int rays = 20;
    int samples = 16;
    float[] t =
        new StratifiedSampler(new org.edgefilter.nerf.geometry.SceneBounds(2, 6), samples)
            .sample(rays, random);
    float[] sigma = new float[rays * samples];
    float[] colors = new float[3 * rays * samples];
    float[] norms = new float[rays];
    for (int k = 0; k < sigma.length; k++) {
      sigma[k] = (float) (3 * random.nextDouble());
    }
    for (int k = 0; k < colors.length; k++) {
      colors[k] = random.nextFloat();
    }
    for (int n = 0; n < rays; n++) {
      norms[n] = 1 + random.nextFloat();
    }
    Rendering out = WHITE.render(rays, samples, t, sigma, colors, norms);
    for (int n = 0; n < rays; n++) {
      double transmittance = 1;
      double[] rgb = new double[3];
      double acc = 0;
      double depth = 0;
      for (int i = 0; i < samples; i++) {
        int k = n * samples + i;
        double delta = (i + 1 < samples ? t[k + 1] - t[k] : 1e10) * norms[n];
        double alpha = 1 - Math.exp(-sigma[k] * delta);
        double w = transmittance * alpha;
        assertEquals(w, out.weights()[k], 1e-6);
        for (int c = 0; c < 3; c++) {
          rgb[c] += w * colors[3 * k + c];
        }
        acc += w;
        depth += w * t[k];
        transmittance *= 1 - alpha;
      }
      for (int c = 0; c < 3; c++) {
        assertEquals(rgb[c] + 1 - acc, out.rgb()[3 * n + c], 1e-5);
      }
      assertEquals(acc, out.opacity()[n], 1e-6);
      assertEquals(depth, out.depth()[n], 1e-4);
    }
  }

  @Test
  void directionNormScalesOpticalDepth() {
    float[] t = {2, 2.5f, 3};
    Rendering doubled =
        WHITE.render(1, 3, t, new float[] {0.4f, 0.4f, 0}, new float[9], new float[] {2});
    Rendering denser = WHITE.render(1, 3, t, new float[] {0.8f, 0.8f, 0}, new float[9], null);
    assertEquals(denser.opacity()[0], doubled.opacity()[0], 1e-6);
  }

  @Test
  void rejectsNegativeDensityAndWrongShapes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> WHITE.render(1, 2, new float[] {2, 3}, new float[] {-1, 0}, new float[6], null));
    assertThrows(
        IllegalArgumentException.class,
        () -> WHITE.render(1, 2, new float[] {2, 3}, new float[] {0, 0}, new float[5], null));
    assertThrows(
        IllegalArgumentException.class,
        () -> WHITE.render(1, 2, new float[] {3, 2}, new float[] {0, 0}, new float[6], null));
  }
}
