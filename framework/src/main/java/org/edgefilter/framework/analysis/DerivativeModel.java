package org.edgefilter.framework.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A separable discrete Gaussian derivative model {@code K(y, x) = (delta_y^a T)(y; t) * (delta_x^b
 * T)(x; t)}: order {@code a} along the rows (height) and {@code b} along the columns (width), each
 * 0, 1 or 2, one scale {@code t} for both axes (see {@link DiscreteGaussian}).
 *
 * @param orderY derivative order along y (rows)
 * @param orderX derivative order along x (columns)
 */
public record DerivativeModel(int orderY, int orderX) {

  public DerivativeModel {
    if (orderY < 0 || orderY > 2 || orderX < 0 || orderX > 2) {
      throw new IllegalArgumentException("orders must be 0..2, got " + orderY + ", " + orderX);
    }
  }

  /** The nine models, orders 0..2 per axis, smoothing {@code T} first. */
  public static List<DerivativeModel> all() {
    List<DerivativeModel> out = new ArrayList<>();
    for (int total = 0; total <= 4; total++) {
      for (int y = 2; y >= 0; y--) {
        int x = total - y;
        if (x >= 0 && x <= 2) {
          out.add(new DerivativeModel(y, x));
        }
      }
    }
    return List.copyOf(out);
  }

  /** Total order {@code a + b}: 0 smoothing, 1 edge (gradient), 2 and up curvature. */
  public int order() {
    return orderY + orderX;
  }

  /** A short name: {@code T}, {@code Tx}, {@code Tyy}, {@code Txy}, {@code Txxyy}, ... */
  public String label() {
    return "T" + "x".repeat(orderX) + "y".repeat(orderY);
  }

  /**
   * The model on {@code (2r+1) x (2r+1)} points, row-major {@code [y][x]} with {@code y, x =
   * -r..r}.
   */
  public double[] kernel(double t, int radius) {
    double[] gy = DiscreteGaussian.derivative(t, orderY, radius);
    double[] gx = DiscreteGaussian.derivative(t, orderX, radius);
    int size = 2 * radius + 1;
    double[] k = new double[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        k[y * size + x] = gy[y] * gx[x];
      }
    }
    return k;
  }
}
