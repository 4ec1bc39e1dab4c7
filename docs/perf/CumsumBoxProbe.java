import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.edgefilter.framework.filter.EdgeFilter;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.StridedSlice;
import org.tensorflow.op.math.Cumsum;
import org.tensorflow.types.TFloat32;

/**
 * The mean filter as a running sum (issue 17's "cumulative sums" idea) against the op's own
 * formulation, forward, in one process: three graphs fed the same {@code [b, h, h, c]} input and
 * run alternately, ReLU then mean (the no-filter host graph), ReLU then the op's 2D REFLECT mean
 * high-pass of window k, then ReLU and {@code x - stopGradient(box(x))} where {@code box} is, per
 * axis, a REFLECT gather of the {@code h + 2p} padded positions plus one dummy, an exclusive
 * {@code Cumsum} S, and {@code (S[i + k] - S[i]) / k}: two subtractions per element whatever k is.
 * Prints the three means (the two filters must agree) and the medians of the timed runs with their
 * ratios.
 *
 * <p>Run (after building op): {@code java -cp <op classes and TensorFlow Java's jars>
 * docs/perf/CumsumBoxProbe.java B H C K RUNS} (issue 17: {@code 128 32 64 11 20}).
 */
public class CumsumBoxProbe {

  /** The REFLECT source of each of the {@code n + 2p} padded positions, then one dummy. */
  static int[] reflectIndexPlusOne(int n, int p) {
    int[] index = new int[n + 2 * p + 1];
    for (int i = 0; i < index.length; i++) {
      int j = Math.min(i, n + 2 * p - 1) - p;
      index[i] = j < 0 ? -j : (j >= n ? 2 * (n - 1) - j : j);
    }
    return index;
  }

  /** The k-tap REFLECT box mean of NHWC {@code x} along {@code axis} (1 or 2) of size n. */
  static Operand<TFloat32> box(Ops tf, Operand<TFloat32> x, int axis, int n, int k) {
    int p = k / 2;
    Operand<TFloat32> padded =
        tf.gather(x, tf.constant(reflectIndexPlusOne(n, p)), tf.constant(axis));
    // S[j] = sum of padded[0 .. j-1]; the dummy last position makes S[n + 2p] the full sum.
    Operand<TFloat32> s = tf.math.cumsum(padded, tf.constant(axis), Cumsum.exclusive(true));
    int[] begin0 = new int[4];
    int[] end0 = new int[4];
    int[] begin1 = new int[4];
    int[] end1 = new int[4];
    begin1[axis] = k;
    end1[axis] = k + n;
    end0[axis] = n;
    long whole = 0b1111 & ~(1L << axis);
    int[] strides = {1, 1, 1, 1};
    Operand<TFloat32> upper =
        tf.stridedSlice(
            s,
            tf.constant(begin1),
            tf.constant(end1),
            tf.constant(strides),
            StridedSlice.beginMask(whole),
            StridedSlice.endMask(whole));
    Operand<TFloat32> lower =
        tf.stridedSlice(
            s,
            tf.constant(begin0),
            tf.constant(end0),
            tf.constant(strides),
            StridedSlice.beginMask(whole),
            StridedSlice.endMask(whole));
    return tf.math.mul(tf.math.sub(upper, lower), tf.constant(1f / k));
  }

  public static void main(String[] a) throws Exception {
    int b = Integer.parseInt(a[0]);
    int h = Integer.parseInt(a[1]);
    int c = Integer.parseInt(a[2]);
    int k = Integer.parseInt(a[3]);
    int runs = Integer.parseInt(a[4]);
    float[] data = new float[b * h * h * c];
    Random random = new Random(1);
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) random.nextGaussian();
    }
    List<Session> sessions = new ArrayList<>();
    List<Placeholder<TFloat32>> inputs = new ArrayList<>();
    List<Operand<TFloat32>> outputs = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      Graph graph = new Graph();
      Ops tf = Ops.create(graph);
      Placeholder<TFloat32> x =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, h, h, c)));
      Operand<TFloat32> y = tf.nn.relu(x);
      if (g == 1) {
        y = EdgeFilter.apply(tf, y, EdgeFilterSpec.highPass2d(k));
      } else if (g == 2) {
        y = tf.math.sub(y, tf.stopGradient(box(tf, box(tf, y, 1, h, k), 2, h, k)));
      }
      outputs.add(tf.math.mean(y, tf.constant(new int[] {0, 1, 2, 3})));
      sessions.add(new Session(graph));
      inputs.add(x);
    }
    double[][] ms = new double[3][runs];
    float[] means = new float[3];
    try (TFloat32 in = TFloat32.tensorOf(Shape.of(b, h, h, c), DataBuffers.of(data, true, false))) {
      for (int i = -5; i < runs; i++) {
        for (int g = 0; g < 3; g++) {
          long t0 = System.nanoTime();
          try (Result r =
              sessions.get(g).runner().feed(inputs.get(g), in).fetch(outputs.get(g)).run()) {
            means[g] = ((TFloat32) r.get(0)).getFloat();
          }
          if (i >= 0) {
            ms[g][i] = (System.nanoTime() - t0) / 1e6;
          }
        }
      }
    }
    double[] median = new double[3];
    for (int g = 0; g < 3; g++) {
      double[] sorted = ms[g].clone();
      Arrays.sort(sorted);
      median[g] = sorted[runs / 2];
    }
    String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    System.out.println("means (host, op, cumsum): " + Arrays.toString(means));
    System.out.printf(
        "load %s, [%d,%d,%d,%d] k=%d, medians of %d: host %.2f ms, op %.2f ms, cumsum %.2f ms;"
            + " op/host %.2f, cumsum/host %.2f, cumsum/op %.2f%n",
        load,
        b,
        h,
        h,
        c,
        k,
        runs,
        median[0],
        median[1],
        median[2],
        median[1] / median[0],
        median[2] / median[0],
        median[2] / median[1]);
    sessions.forEach(Session::close);
  }
}
