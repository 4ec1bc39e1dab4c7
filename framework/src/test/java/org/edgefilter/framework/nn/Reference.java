package org.edgefilter.framework.nn;

import java.util.SplittableRandom;

/** Plain-Java loop implementations the layer tests compare against. */
final class Reference {

  private Reference() {}

  static float[] random(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    float[] v = new float[n];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) rng.nextGaussian();
    }
    return v;
  }

  /**
   * NHWC convolution with TensorFlow's padding rule: SAME gives ceil(in / s) outputs and pads
   * max((out - 1) s + k - in, 0) in total, the smaller half before.
   */
  static float[] conv2d(
      float[] x,
      int b,
      int h,
      int w,
      int cin,
      float[] kernel,
      int k,
      int cout,
      int s,
      boolean same,
      float[] bias) {
    int oh = same ? (h + s - 1) / s : (h - k) / s + 1;
    int ow = same ? (w + s - 1) / s : (w - k) / s + 1;
    int padTop = same ? Math.max((oh - 1) * s + k - h, 0) / 2 : 0;
    int padLeft = same ? Math.max((ow - 1) * s + k - w, 0) / 2 : 0;
    float[] y = new float[b * oh * ow * cout];
    for (int n = 0; n < b; n++) {
      for (int i = 0; i < oh; i++) {
        for (int j = 0; j < ow; j++) {
          for (int o = 0; o < cout; o++) {
            double sum = bias == null ? 0 : bias[o];
            for (int di = 0; di < k; di++) {
              for (int dj = 0; dj < k; dj++) {
                int yy = i * s + di - padTop;
                int xx = j * s + dj - padLeft;
                if (yy < 0 || yy >= h || xx < 0 || xx >= w) {
                  continue;
                }
                for (int c = 0; c < cin; c++) {
                  sum +=
                      x[((n * h + yy) * w + xx) * cin + c]
                          * kernel[((di * k + dj) * cin + c) * cout + o];
                }
              }
            }
            y[((n * oh + i) * ow + j) * cout + o] = (float) sum;
          }
        }
      }
    }
    return y;
  }

  /** rows x in times in x out plus bias. */
  static float[] dense(float[] x, int rows, int in, float[] kernel, int out, float[] bias) {
    float[] y = new float[rows * out];
    for (int r = 0; r < rows; r++) {
      for (int o = 0; o < out; o++) {
        double sum = bias == null ? 0 : bias[o];
        for (int i = 0; i < in; i++) {
          sum += x[r * in + i] * kernel[i * out + o];
        }
        y[r * out + o] = (float) sum;
      }
    }
    return y;
  }

  /** Per-channel mean over rows of a [rows, c] view. */
  static double[] channelMean(float[] x, int c) {
    int rows = x.length / c;
    double[] m = new double[c];
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < c; k++) {
        m[k] += x[r * c + k];
      }
    }
    for (int k = 0; k < c; k++) {
      m[k] /= rows;
    }
    return m;
  }

  /** Per-channel biased variance over rows of a [rows, c] view. */
  static double[] channelVariance(float[] x, int c) {
    int rows = x.length / c;
    double[] m = channelMean(x, c);
    double[] v = new double[c];
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < c; k++) {
        double d = x[r * c + k] - m[k];
        v[k] += d * d;
      }
    }
    for (int k = 0; k < c; k++) {
      v[k] /= rows;
    }
    return v;
  }

  /** softmax over each row of [rows, n]. */
  static double[] softmaxRow(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    double[] p = new double[scores.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp(scores[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }
}
