package org.edgefilter.nerf.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.nerf.geometry.Camera;
import org.edgefilter.nerf.geometry.CameraPose;
import org.edgefilter.nerf.geometry.PixelConvention;
import org.edgefilter.nerf.geometry.RayGenerator;
import org.edgefilter.nerf.geometry.Rays;
import org.junit.jupiter.api.Test;

class RaySamplerTest {

  /** Three 4x3 views; pixel p of view v has red = v, green = p, so a color names its ray. */
  private static ViewSet codedViews() {
    Camera camera = new Camera(4, 3, 2.0);
    View[] views = new View[3];
    for (int v = 0; v < 3; v++) {
      float[] p = new float[3 * 12];
      for (int k = 0; k < 12; k++) {
        p[3 * k] = v;
        p[3 * k + 1] = k;
      }
      double[] rot = {Math.cos(v), 0, Math.sin(v), 0, 1, 0, -Math.sin(v), 0, Math.cos(v)};
      views[v] =
          new View(
              v,
              "v" + v,
              new RgbImage(3, 4, p),
              camera,
              CameraPose.of(rot, new double[] {v, 1, 2}));
    }
    return new ViewSet(List.of(views));
  }

  @Test
  void everyPixelOncePerEpochWithItsOwnRay() {
    ViewSet views = codedViews();
    RaySampler sampler = new RaySampler(views, PixelConvention.CENTER, 42);
    assertEquals(36, sampler.raysPerEpoch());
    int[] seen = new int[36];
    for (int batch = 0; batch < 4; batch++) {
      RayBatch b = sampler.next(9);
      for (int r = 0; r < 9; r++) {
        int v = (int) b.rgb()[3 * r];
        int pixel = (int) b.rgb()[3 * r + 1];
        seen[v * 12 + pixel]++;
        Rays expected =
            RayGenerator.allPixels(views.camera(), views.get(v).pose(), PixelConvention.CENTER);
        for (int c = 0; c < 3; c++) {
          assertEquals(expected.directions()[3 * pixel + c], b.directions()[3 * r + c]);
          assertEquals(expected.origins()[3 * pixel + c], b.origins()[3 * r + c]);
        }
      }
    }
    for (int count : seen) {
      assertEquals(1, count);
    }
    assertEquals(1, sampler.epoch());
    sampler.next(1);
    assertEquals(2, sampler.epoch());
  }

  @Test
  void sameSeedSameBatchesOtherSeedOthers() {
    RaySampler a = new RaySampler(codedViews(), PixelConvention.CENTER, 7);
    RaySampler b = new RaySampler(codedViews(), PixelConvention.CENTER, 7);
    RaySampler c = new RaySampler(codedViews(), PixelConvention.CENTER, 8);
    for (int step = 0; step < 10; step++) {
      RayBatch x = a.next(16);
      RayBatch y = b.next(16);
      assertArrayEquals(x.rgb(), y.rgb());
      assertArrayEquals(x.directions(), y.directions());
      if (step == 0) {
        assertFalse(java.util.Arrays.equals(x.rgb(), c.next(16).rgb()));
      }
    }
  }
}
