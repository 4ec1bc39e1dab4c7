package org.edgefilter.vision.corrupt;

import java.util.ArrayDeque;

/**
 * The OpenCV 4.6 operations the corruption scripts call, on small arrays, with OpenCV's default
 * border {@code BORDER_REFLECT_101} ({@code ... c b | a b c ... | b a ...}) unless stated. Each
 * method names the OpenCV function it stands for and the definition it implements.
 */
final class OpenCvOps {

  private OpenCvOps() {}

  /** OpenCV's {@code borderInterpolate(p, len, BORDER_REFLECT_101)}. */
  static int reflect101(int p, int len) {
    if (p >= 0 && p < len) {
      return p;
    }
    if (len == 1) {
      return 0;
    }
    do {
      if (p < 0) {
        p = -p;
      } else {
        p = 2 * len - 2 - p;
      }
    } while (p < 0 || p >= len);
    return p;
  }

  /**
   * {@code cv2.filter2D(img, -1, kernel)} on one float64 channel {@code [h, w]}: correlation with
   * the {@code [kh, kw]} kernel anchored at its centre, reflect-101 border, float64 output. Zero
   * taps are skipped. (OpenCV uses a DFT for kernels of 50 or more taps; the results agree to
   * float64 rounding.)
   */
  static double[] filter2D(double[] img, int h, int w, double[] kernel, int kh, int kw) {
    int ay = kh / 2;
    int ax = kw / 2;
    int taps = 0;
    for (double k : kernel) {
      taps += k != 0 ? 1 : 0;
    }
    int[] dy = new int[taps];
    int[] dx = new int[taps];
    double[] wt = new double[taps];
    int t = 0;
    for (int i = 0; i < kh; i++) {
      for (int j = 0; j < kw; j++) {
        if (kernel[i * kw + j] != 0) {
          dy[t] = i - ay;
          dx[t] = j - ax;
          wt[t++] = kernel[i * kw + j];
        }
      }
    }
    double[] out = new double[h * w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double acc = 0;
        for (int k = 0; k < taps; k++) {
          acc += wt[k] * img[reflect101(y + dy[k], h) * w + reflect101(x + dx[k], w)];
        }
        out[y * w + x] = acc;
      }
    }
    return out;
  }

  /**
   * {@code cv2.GaussianBlur(src, (3, 3), sigma)} of a float32 {@code [h, w]} array: taps from
   * {@code getGaussianKernel(3, sigma, CV_32F)}, i.e. {@code t = exp(-x^2 / (2 sigma^2))} stored as
   * float, divided by their float64 sum and stored as float; rows then columns, float arithmetic
   * {@code k0 * centre + k1 * (left + right)}, reflect-101 border.
   */
  static float[] gaussianBlur3(float[] src, int h, int w, double sigma) {
    double scale2 = -0.5 / (sigma * sigma);
    float[] cf = new float[3];
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      double x = i - 1;
      cf[i] = (float) Math.exp(scale2 * x * x);
      sum += cf[i];
    }
    sum = 1.0 / sum;
    for (int i = 0; i < 3; i++) {
      cf[i] = (float) (cf[i] * sum);
    }
    float k0 = cf[1];
    float k1 = cf[0];
    float[] tmp = new float[h * w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float l = src[y * w + reflect101(x - 1, w)];
        float r = src[y * w + reflect101(x + 1, w)];
        tmp[y * w + x] = k0 * src[y * w + x] + k1 * (l + r);
      }
    }
    float[] out = new float[h * w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float u = tmp[reflect101(y - 1, h) * w + x];
        float d = tmp[reflect101(y + 1, h) * w + x];
        out[y * w + x] = k0 * tmp[y * w + x] + k1 * (u + d);
      }
    }
    return out;
  }

  /**
   * {@code cv2.resize(src, (0, 0), fx=f, fy=f, interpolation=INTER_LINEAR)} of an 8-bit {@code [h,
   * w, c]} image. Output size {@code cvRound(dim * f)}; source coordinate {@code (d + 0.5) / f -
   * 0.5} computed in float, clamped at the borders; 11-bit weights {@code rint((1 - fr) 2048)},
   * {@code rint(fr 2048)}; horizontal sums kept as ints, vertical pass {@code ((((h0 >> 4) b0) >>
   * 16) + (((h1 >> 4) b1) >> 16) + 2) >> 2}, clamped to 0..255 (bit-exact with OpenCV's SIMD path
   * per shared/corruptions.md).
   *
   * @return {@code [outH, outW, c]}; the sizes are {@link #resizedSize}
   */
  static byte[] resizeLinear(byte[] src, int h, int w, int c, double f) {
    int outW = resizedSize(w, f);
    int outH = resizedSize(h, f);
    double scale = 1.0 / f;
    int[] xo = new int[outW];
    int[] xa0 = new int[outW];
    int[] xa1 = new int[outW];
    coefficients(w, outW, scale, xo, xa0, xa1);
    int[] yo = new int[outH];
    int[] yb0 = new int[outH];
    int[] yb1 = new int[outH];
    coefficients(h, outH, scale, yo, yb0, yb1);
    int[] rowTmp0 = new int[outW * c];
    int[] rowTmp1 = new int[outW * c];
    byte[] out = new byte[outH * outW * c];
    for (int y = 0; y < outH; y++) {
      int sy0 = yo[y];
      int sy1 = Math.min(sy0 + 1, h - 1);
      horizontal(src, w, c, sy0, xo, xa0, xa1, rowTmp0);
      horizontal(src, w, c, sy1, xo, xa0, xa1, rowTmp1);
      int b0 = yb0[y];
      int b1 = yb1[y];
      for (int i = 0; i < outW * c; i++) {
        int v = ((((rowTmp0[i] >> 4) * b0) >> 16) + (((rowTmp1[i] >> 4) * b1) >> 16) + 2) >> 2;
        out[y * outW * c + i] = (byte) Math.min(255, Math.max(0, v));
      }
    }
    return out;
  }

  /** {@code cvRound(dim * f)}, round half to even. */
  static int resizedSize(int dim, double f) {
    return (int) Math.rint(dim * f);
  }

  private static void coefficients(
      int in, int out, double scale, int[] offset, int[] a0, int[] a1) {
    for (int d = 0; d < out; d++) {
      float fx = (float) ((d + 0.5) * scale - 0.5);
      int sx = (int) Math.floor(fx);
      fx -= sx;
      if (sx < 0) {
        fx = 0;
        sx = 0;
      }
      if (sx >= in - 1) {
        fx = 0;
        sx = in - 1;
      }
      offset[d] = sx;
      a0[d] = (int) Math.rint((1.f - fx) * 2048);
      a1[d] = (int) Math.rint(fx * 2048);
    }
  }

  private static void horizontal(
      byte[] src, int w, int c, int row, int[] xo, int[] a0, int[] a1, int[] dst) {
    for (int x = 0; x < xo.length; x++) {
      int s0 = xo[x];
      int s1 = Math.min(s0 + 1, w - 1);
      for (int k = 0; k < c; k++) {
        int p0 = src[(row * w + s0) * c + k] & 0xFF;
        int p1 = src[(row * w + s1) * c + k] & 0xFF;
        dst[x * c + k] = p0 * a0[x] + p1 * a1[x];
      }
    }
  }

  /**
   * {@code cv2.getAffineTransform(src, dst)}: the 2x3 matrix {@code [[a, b, c], [d, e, f]]} with
   * {@code dst_i = (a x_i + b y_i + c, d x_i + e y_i + f)} for three point pairs given as {@code
   * {x0, y0, x1, y1, x2, y2}}. Solved here by Cramer's rule in float64 (OpenCV uses LU; the two
   * agree to float64 rounding).
   */
  static double[] affineTransform(double[] src, double[] dst) {
    double x0 = src[0];
    double y0 = src[1];
    double x1 = src[2];
    double y1 = src[3];
    double x2 = src[4];
    double y2 = src[5];
    double det = x0 * (y1 - y2) - y0 * (x1 - x2) + (x1 * y2 - x2 * y1);
    if (det == 0) {
      throw new IllegalArgumentException("affine anchor points are collinear");
    }
    double[] m = new double[6];
    for (int row = 0; row < 2; row++) {
      double u0 = dst[row];
      double u1 = dst[2 + row];
      double u2 = dst[4 + row];
      double a = (u0 * (y1 - y2) - y0 * (u1 - u2) + (u1 * y2 - u2 * y1)) / det;
      double b = (x0 * (u1 - u2) - u0 * (x1 - x2) + (x1 * u2 - x2 * u1)) / det;
      double cc =
          (x0 * (y1 * u2 - y2 * u1) - y0 * (x1 * u2 - x2 * u1) + u0 * (x1 * y2 - x2 * y1)) / det;
      m[row * 3] = a;
      m[row * 3 + 1] = b;
      m[row * 3 + 2] = cc;
    }
    return m;
  }

  /**
   * {@code cv2.warpAffine(img, M, (w, h), borderMode=BORDER_REFLECT_101)} with bilinear
   * interpolation, of a float32 {@code [h, w, c]} image. M is inverted as {@code
   * invertAffineTransform} does; each output (x, y) samples the input at {@code Minv (x, y, 1)},
   * quantized to 1/32 pixel as OpenCV does: {@code X = (cvRound(1024 (Mi01 y + Mi02)) + 16 +
   * cvRound(1024 Mi00 x)) >> 5} (likewise Y), integer part {@code X >> 5}, fraction {@code (X & 31)
   * / 32}; float weights {@code (1-b)(1-a), (1-b)a, b(1-a), ba}; each of the four neighbours is
   * reflected on its own.
   */
  static float[] warpAffine(float[] img, int h, int w, int c, double[] m) {
    double d = m[0] * m[4] - m[1] * m[3];
    d = d != 0 ? 1.0 / d : 0;
    double a11 = m[4] * d;
    double a22 = m[0] * d;
    double a12 = -m[1] * d;
    double a21 = -m[3] * d;
    double b1 = -a11 * m[2] - a12 * m[5];
    double b2 = -a21 * m[2] - a22 * m[5];
    float[] tab = new float[32];
    for (int i = 0; i < 32; i++) {
      tab[i] = i * (1.f / 32);
    }
    float[] out = new float[img.length];
    for (int y = 0; y < h; y++) {
      int x0 = (int) Math.rint((a12 * y + b1) * 1024) + 16;
      int y0 = (int) Math.rint((a22 * y + b2) * 1024) + 16;
      for (int x = 0; x < w; x++) {
        int bigX = (x0 + (int) Math.rint(a11 * x * 1024)) >> 5;
        int bigY = (y0 + (int) Math.rint(a21 * x * 1024)) >> 5;
        int sx = bigX >> 5;
        int sy = bigY >> 5;
        float fx = tab[bigX & 31];
        float fy = tab[bigY & 31];
        float w00 = (1.f - fy) * (1.f - fx);
        float w01 = (1.f - fy) * fx;
        float w10 = fy * (1.f - fx);
        float w11 = fy * fx;
        int cx0 = reflect101(sx, w);
        int cx1 = reflect101(sx + 1, w);
        int cy0 = reflect101(sy, h);
        int cy1 = reflect101(sy + 1, h);
        for (int k = 0; k < c; k++) {
          float v =
              img[(cy0 * w + cx0) * c + k] * w00
                  + img[(cy0 * w + cx1) * c + k] * w01
                  + img[(cy1 * w + cx0) * c + k] * w10
                  + img[(cy1 * w + cx1) * c + k] * w11;
          out[(y * w + x) * c + k] = v;
        }
      }
    }
    return out;
  }

  /**
   * {@code cv2.Canny(img, low, high)} (aperture 3, L1 gradient) of an 8-bit {@code [h, w]} image:
   * 3x3 Sobel with replicated border, magnitude {@code |dx| + |dy|}, non-maximum suppression in
   * four directions with OpenCV's tan(22.5 deg) test in 15-bit fixed point (ties kept toward the
   * right and below), weak pixels {@code > low}, strong {@code > high}, hysteresis over
   * 8-neighbours. Returns 255 at edges, 0 elsewhere.
   */
  static byte[] canny(byte[] img, int h, int w, int low, int high) {
    int[] dx = new int[h * w];
    int[] dy = new int[h * w];
    int[] mag = new int[(h + 2) * (w + 2)];
    for (int y = 0; y < h; y++) {
      int ym = Math.max(y - 1, 0);
      int yp = Math.min(y + 1, h - 1);
      for (int x = 0; x < w; x++) {
        int xm = Math.max(x - 1, 0);
        int xp = Math.min(x + 1, w - 1);
        int gx =
            (px(img, w, ym, xp) + 2 * px(img, w, y, xp) + px(img, w, yp, xp))
                - (px(img, w, ym, xm) + 2 * px(img, w, y, xm) + px(img, w, yp, xm));
        int gy =
            (px(img, w, yp, xm) + 2 * px(img, w, yp, x) + px(img, w, yp, xp))
                - (px(img, w, ym, xm) + 2 * px(img, w, ym, x) + px(img, w, ym, xp));
        dx[y * w + x] = gx;
        dy[y * w + x] = gy;
        mag[(y + 1) * (w + 2) + x + 1] = Math.abs(gx) + Math.abs(gy);
      }
    }
    final int tg22 = (int) (0.4142135623730950488016887242097 * (1 << 15) + 0.5);
    // 0: weak candidate, 1: not an edge, 2: edge
    byte[] map = new byte[h * w];
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    int mw = w + 2;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int j = (y + 1) * mw + x + 1;
        int m = mag[j];
        map[y * w + x] = 1;
        if (m <= low) {
          continue;
        }
        int xs = dx[y * w + x];
        int ys = dy[y * w + x];
        long ax = Math.abs(xs);
        long ay = ((long) Math.abs(ys)) << 15;
        long tg22x = ax * tg22;
        boolean keep;
        if (ay < tg22x) {
          keep = m > mag[j - 1] && m >= mag[j + 1];
        } else {
          long tg67x = tg22x + (ax << 16);
          if (ay > tg67x) {
            keep = m > mag[j - mw] && m >= mag[j + mw];
          } else {
            int s = (xs ^ ys) < 0 ? -1 : 1;
            keep = m > mag[j - mw - s] && m > mag[j + mw + s];
          }
        }
        if (keep) {
          if (m > high) {
            map[y * w + x] = 2;
            stack.push(y * w + x);
          } else {
            map[y * w + x] = 0;
          }
        }
      }
    }
    while (!stack.isEmpty()) {
      int p = stack.pop();
      int y = p / w;
      int x = p % w;
      for (int oy = -1; oy <= 1; oy++) {
        for (int ox = -1; ox <= 1; ox++) {
          int yy = y + oy;
          int xx = x + ox;
          if (yy >= 0 && yy < h && xx >= 0 && xx < w && map[yy * w + xx] == 0) {
            map[yy * w + xx] = 2;
            stack.push(yy * w + xx);
          }
        }
      }
    }
    byte[] edges = new byte[h * w];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = map[i] == 2 ? (byte) 255 : 0;
    }
    return edges;
  }

  private static int px(byte[] img, int w, int y, int x) {
    return img[y * w + x] & 0xFF;
  }

  /**
   * {@code cv2.distanceTransform(img, DIST_L2, 5)}: distance from each non-zero pixel to the
   * nearest zero pixel by the two-pass 5x5 chamfer with weights 1, 1.4 and 2.1969 in 16-bit fixed
   * point ({@code cvRound(w 65536)}), a 2-pixel border of "infinity" around the image, output
   * float32 {@code d / 65536}.
   */
  static float[] distanceTransform(byte[] img, int h, int w) {
    final long hv = Math.round(1.0 * 65536);
    final long diag = Math.round(1.4 * 65536);
    final long knight = Math.round(2.1969 * 65536);
    final long inf = Integer.MAX_VALUE;
    int b = 2;
    int sw = w + 2 * b;
    long[] t = new long[(h + 2 * b) * sw];
    java.util.Arrays.fill(t, inf);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int j = (y + b) * sw + x + b;
        if (img[y * w + x] == 0) {
          t[j] = 0;
          continue;
        }
        long v = t[j - 2 * sw - 1] + knight;
        v = Math.min(v, t[j - 2 * sw + 1] + knight);
        v = Math.min(v, t[j - sw - 2] + knight);
        v = Math.min(v, t[j - sw - 1] + diag);
        v = Math.min(v, t[j - sw] + hv);
        v = Math.min(v, t[j - sw + 1] + diag);
        v = Math.min(v, t[j - sw + 2] + knight);
        v = Math.min(v, t[j - 1] + hv);
        t[j] = v;
      }
    }
    float[] out = new float[h * w];
    for (int y = h - 1; y >= 0; y--) {
      for (int x = w - 1; x >= 0; x--) {
        int j = (y + b) * sw + x + b;
        long v = t[j];
        if (v > hv) {
          v = Math.min(v, t[j + 2 * sw + 1] + knight);
          v = Math.min(v, t[j + 2 * sw - 1] + knight);
          v = Math.min(v, t[j + sw + 2] + knight);
          v = Math.min(v, t[j + sw + 1] + diag);
          v = Math.min(v, t[j + sw] + hv);
          v = Math.min(v, t[j + sw - 1] + diag);
          v = Math.min(v, t[j + sw - 2] + knight);
          v = Math.min(v, t[j + 1] + hv);
          t[j] = v;
        }
        out[y * w + x] = v * (1.0f / 65536);
      }
    }
    return out;
  }

  /**
   * {@code cv2.blur(src, (3, 3))} of a float32 {@code [h, w]} array: the mean of the 3x3
   * neighbourhood (reflect-101), summed in float64 and scaled by 1/9, stored as float.
   */
  static float[] box3(float[] src, int h, int w) {
    float[] out = new float[h * w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double s = 0;
        for (int i = -1; i <= 1; i++) {
          for (int j = -1; j <= 1; j++) {
            s += src[reflect101(y + i, h) * w + reflect101(x + j, w)];
          }
        }
        out[y * w + x] = (float) (s * (1.0 / 9));
      }
    }
    return out;
  }

  /** {@code cv2.blur(src, (3, 3))} of an 8-bit array: integer sum, then rounded sum / 9. */
  static byte[] box3(byte[] src, int h, int w) {
    byte[] out = new byte[h * w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int s = 0;
        for (int i = -1; i <= 1; i++) {
          for (int j = -1; j <= 1; j++) {
            s += src[reflect101(y + i, h) * w + reflect101(x + j, w)] & 0xFF;
          }
        }
        out[y * w + x] = (byte) Math.rint(s / 9.0);
      }
    }
    return out;
  }

  /**
   * {@code cv2.equalizeHist} of an 8-bit array: with {@code v0} the lowest occupied level and N the
   * pixel count, {@code lut[v] = round((cdf(v) - h[v0]) * (255f / (N - h[v0])))} in float; a
   * constant image is returned unchanged.
   */
  static byte[] equalizeHist(byte[] src) {
    int[] hist = new int[256];
    for (byte b : src) {
      hist[b & 0xFF]++;
    }
    int i = 0;
    while (hist[i] == 0) {
      i++;
    }
    if (hist[i] == src.length) {
      return src.clone();
    }
    float scale = 255f / (src.length - hist[i]);
    int[] lut = new int[256];
    int sum = 0;
    lut[i] = 0;
    for (i = i + 1; i < 256; i++) {
      sum += hist[i];
      lut[i] = Math.min(255, Math.max(0, (int) Math.rint(sum * scale)));
    }
    byte[] out = new byte[src.length];
    for (int k = 0; k < src.length; k++) {
      out[k] = (byte) lut[src[k] & 0xFF];
    }
    return out;
  }

  /**
   * {@code cv2.filter2D(src, cv2.CV_8U, kernel)} of an 8-bit {@code [h, w]} array with a 3x3
   * integer kernel: correlation, reflect-101 border, {@code saturate_cast<uchar>} of the sum (round
   * half to even, clamp to 0..255).
   */
  static byte[] filter2D3x3U8(byte[] src, int h, int w, int[] kernel) {
    byte[] out = new byte[h * w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int s = 0;
        for (int i = 0; i < 3; i++) {
          for (int j = 0; j < 3; j++) {
            s +=
                kernel[i * 3 + j]
                    * (src[reflect101(y + i - 1, h) * w + reflect101(x + j - 1, w)] & 0xFF);
          }
        }
        out[y * w + x] = (byte) Math.min(255, Math.max(0, s));
      }
    }
    return out;
  }
}
