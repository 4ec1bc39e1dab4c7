package org.edgefilter.nerf.geometry;

import java.util.Arrays;

/**
 * A camera-to-world rigid transform, the {@code transform_matrix} of a Blender frame.
 *
 * <p>Stored as a 4x4 row-major matrix: entry (r, c) is {@code matrix[4 * r + c]}. The upper-left
 * 3x3 block rotates camera axes into the world, the last column holds the camera center, the last
 * row is {@code [0, 0, 0, 1]}. The array is copied on construction and on access.
 */
public final class CameraPose {

  private static final double LAST_ROW_TOLERANCE = 1e-6;

  private final double[] matrix;

  private CameraPose(double[] matrix) {
    this.matrix = matrix;
  }

  /**
   * A pose from a row-major 4x4 matrix of 16 values.
   *
   * @throws IllegalArgumentException if there are not 16 finite values or the last row is not
   *     {@code [0, 0, 0, 1]}
   */
  public static CameraPose ofRowMajor(double[] rowMajor4x4) {
    if (rowMajor4x4.length != 16) {
      throw new IllegalArgumentException("a pose needs 16 values (4x4), got " + rowMajor4x4.length);
    }
    for (double v : rowMajor4x4) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("pose matrix has a non-finite value: " + v);
      }
    }
    double[] expected = {0, 0, 0, 1};
    for (int c = 0; c < 4; c++) {
      if (Math.abs(rowMajor4x4[12 + c] - expected[c]) > LAST_ROW_TOLERANCE) {
        throw new IllegalArgumentException(
            "last row of a pose matrix must be [0, 0, 0, 1], got "
                + Arrays.toString(Arrays.copyOfRange(rowMajor4x4, 12, 16)));
      }
    }
    return new CameraPose(rowMajor4x4.clone());
  }

  /** The identity pose: camera at the world origin looking down world -z. */
  public static CameraPose identity() {
    return ofRowMajor(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1});
  }

  /**
   * A pose from a 3x3 rotation (row-major, 9 values) and a camera center.
   *
   * @param rotation row-major 3x3 camera-to-world rotation
   * @param center camera center in world coordinates, 3 values
   */
  public static CameraPose of(double[] rotation, double[] center) {
    if (rotation.length != 9 || center.length != 3) {
      throw new IllegalArgumentException("rotation needs 9 values and center 3");
    }
    double[] m = new double[16];
    for (int r = 0; r < 3; r++) {
      System.arraycopy(rotation, 3 * r, m, 4 * r, 3);
      m[4 * r + 3] = center[r];
    }
    m[15] = 1;
    return ofRowMajor(m);
  }

  /** Entry (row, col) of the 4x4 matrix. */
  public double get(int row, int col) {
    return matrix[4 * row + col];
  }

  /** The camera center in world coordinates, 3 values. */
  public double[] center() {
    return new double[] {matrix[3], matrix[7], matrix[11]};
  }

  /** A copy of the row-major 4x4 matrix, 16 values. */
  public double[] rowMajor() {
    return matrix.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CameraPose other && Arrays.equals(matrix, other.matrix);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(matrix);
  }

  @Override
  public String toString() {
    return "CameraPose" + Arrays.toString(matrix);
  }
}
