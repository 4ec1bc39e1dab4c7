package org.edgefilter.framework.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KernelFitterTest {

  private final KernelFitter fitter = new KernelFitter(1);

  @Test
  void recoversEveryPlantedModelWithoutNoise() {
    for (DerivativeModel m : DerivativeModel.all()) {
      // Scales below t* (~1.5), where second-order models are searched (see KernelFitter).
      for (double t : new double[] {0.3, 1.1}) {
        float[] w = toFloat(m.kernel(t, 1), -2.5);
        KernelFit fit = fitter.fit(w);
        assertEquals(m, fit.model(), "planted " + m.label() + " t=" + t);
        assertTrue(
            fit.relativeResidual() < 1e-4, m.label() + " residual " + fit.relativeResidual());
        assertTrue(fit.amplitude() < 0, "the sign of the amplitude is recovered");
        double[] back = fit.model().kernel(fit.t(), 1);
        for (int i = 0; i < 9; i++) {
          assertEquals(w[i], fit.amplitude() * back[i], 1e-4, "reconstruction of " + m.label());
        }
      }
    }
  }

  @Test
  void recoversPlantedModelsUnderNoise() {
    Random rng = new Random(7);
    for (DerivativeModel m : DerivativeModel.all()) {
      double[] k = m.kernel(0.8, 1);
      double peak = 0;
      for (double v : k) {
        peak = Math.max(peak, Math.abs(v));
      }
      float[] w = new float[9];
      for (int i = 0; i < 9; i++) {
        w[i] = (float) (k[i] / peak + 0.02 * rng.nextGaussian());
      }
      KernelFit fit = fitter.fit(w);
      assertEquals(m, fit.model(), "planted " + m.label());
      assertTrue(fit.relativeResidual() < 0.1, m.label() + " residual " + fit.relativeResidual());
    }
  }

  @Test
  void recoversTheScaleWhereTheSupportShowsIt() {
    // On 3x3 the smoothing profile (T(1), T(0), T(1)) fixes t; so does Txx's (a, b, a).
    for (double t : new double[] {0.2, 0.9, 2.0, 5.0}) {
      assertEquals(t, fitter.fit(toFloat(new DerivativeModel(0, 0).kernel(t, 1), 1)).t(), t * 1e-3);
    }
    for (double t : new double[] {0.2, 0.9, 1.3}) {
      assertEquals(t, fitter.fit(toFloat(new DerivativeModel(0, 2).kernel(t, 1), 1)).t(), t * 1e-3);
    }
  }

  @Test
  void aRandomKernelFitsBadly() {
    Random rng = new Random(3);
    double sum = 0;
    for (int i = 0; i < 200; i++) {
      float[] w = new float[9];
      for (int p = 0; p < 9; p++) {
        w[p] = (float) rng.nextGaussian();
      }
      sum += fitter.fit(w).relativeResidual();
    }
    assertTrue(sum / 200 > 0.5, "white-noise kernels are far from every model: " + sum / 200);
  }

  @Test
  void secondDifferenceChangesSignBelowTheLimitOnly() {
    double tStar = fitter.secondOrderScaleLimit();
    assertTrue(tStar > 1.4 && tStar < 1.7, "t* = " + tStar);
    assertTrue(DiscreteGaussian.derivative(tStar * 0.99, 2, 1)[0] > 0);
    assertTrue(DiscreteGaussian.derivative(tStar * 1.01, 2, 1)[0] < 0);
  }

  @Test
  void zeroKernelHasNoFit() {
    assertTrue(Double.isNaN(fitter.fit(new float[9]).relativeResidual()));
  }

  private static float[] toFloat(double[] k, double amplitude) {
    float[] w = new float[k.length];
    for (int i = 0; i < k.length; i++) {
      w[i] = (float) (amplitude * k[i]);
    }
    return w;
  }
}
