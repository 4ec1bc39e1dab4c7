package org.edgefilter.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.edgefilter.framework.filter.EdgeFilter;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The EdgeFilter in a CNN written with plain TensorFlow Java ops: only the filter comes from
 * EdgeFilter (the op-only artifact would do), everything else is the user's own graph.
 *
 * <p>The task: 16 x 16 grey images of horizontal (class 0) or vertical (class 1) stripes, each
 * shifted by a random brightness offset and a random linear ramp. The offset and the ramp are
 * low-frequency "domain bias"; the stripes are high-frequency content. The network is
 *
 * <pre>
 *   x [B, 16, 16, 1] -> conv 3x3 (8) -> ReLU -> EdgeFilter (2D mean k=3, REFLECT, high-pass)
 *     -> conv 3x3 (8) -> ReLU -> mean over H, W -> dense (2) -> logits [B, 2]
 * </pre>
 *
 * trained by plain gradient descent for a few batches. The filter has no variables, so only the two
 * convolutions and the dense layer are trained; its gradient is the identity, so training sees
 * through it.
 */
public final class HandBuiltCnnExample {

  static final int SIZE = 16;
  static final int CHANNELS = 8;
  static final int CLASSES = 2;

  /**
   * What a run measured.
   *
   * @param losses the training loss of every step, in order
   * @param trainableVariables number of variables the gradient step updates (5: no filter variable)
   * @param filteredShape static shape of the filter's output, {@code [-1, 16, 16, 8]}
   */
  public record Result(float[] losses, int trainableVariables, long[] filteredShape) {

    /** Mean loss over the first {@code n} steps. */
    public double firstLosses(int n) {
      return mean(0, n);
    }

    /** Mean loss over the last {@code n} steps. */
    public double lastLosses(int n) {
      return mean(losses.length - n, losses.length);
    }

    private double mean(int from, int to) {
      double sum = 0;
      for (int i = from; i < to; i++) {
        sum += losses[i];
      }
      return sum / (to - from);
    }
  }

  private HandBuiltCnnExample() {}

  /** Trains for 60 steps and prints the loss at the start and at the end. */
  public static void main(String[] args) {
    Result r = run(60, 32, 0);
    System.out.printf(
        "loss: first 5 steps %.4f, last 5 steps %.4f (%d trainable variables)%n",
        r.firstLosses(5), r.lastLosses(5), r.trainableVariables());
  }

  /**
   * Builds the graph and trains it.
   *
   * @param steps gradient steps, each on a fresh batch
   * @param batchSize images per batch
   * @param seed drives the initial weights and the data
   * @return the loss curve and what the graph holds
   */
  public static Result run(int steps, int batchSize, long seed) {
    Random random = new Random(seed);
    // The Graph and the Session own native memory: both are closed when the block ends.
    try (Graph graph = new Graph();
        Session session = new Session(graph)) {
      Ops tf = Ops.create(graph);
      Placeholder<TFloat32> images =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, SIZE, SIZE, 1)));
      Placeholder<TFloat32> oneHot =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, CLASSES)));

      Variable<TFloat32> conv1 = weight(tf, random, 3, 3, 1, CHANNELS);
      Variable<TFloat32> conv2 = weight(tf, random, 3, 3, CHANNELS, CHANNELS);
      Variable<TFloat32> bias2 =
          tf.variable(tf.zeros(tf.constant(new int[] {CHANNELS}), TFloat32.class));
      Variable<TFloat32> dense = weight(tf, random, CHANNELS, CLASSES);
      Variable<TFloat32> denseBias =
          tf.variable(tf.zeros(tf.constant(new int[] {CLASSES}), TFloat32.class));
      List<Variable<TFloat32>> variables = List.of(conv1, conv2, bias2, dense, denseBias);

      List<Long> unit = List.of(1L, 1L, 1L, 1L);
      Operand<TFloat32> h = tf.nn.relu(tf.nn.conv2d(images, conv1, unit, "SAME")); // [B,16,16,8]

      // The filter: y = h - stopGradient(mean3x3(h)), each channel on its own.
      EdgeFilterSpec spec =
          EdgeFilterSpec.builder()
              .dims(2)
              .kernelSize(3)
              .lowPass(LowPass.mean())
              .padding(Padding.REFLECT)
              .mode(FilterMode.HIGH_PASS)
              .build();
      Operand<TFloat32> filtered = EdgeFilter.apply(tf, h, spec); // [B,16,16,8]

      Operand<TFloat32> h2 =
          tf.nn.relu(
              tf.math.add(tf.nn.conv2d(filtered, conv2, unit, "SAME"), bias2)); // [B,16,16,8]
      Operand<TFloat32> pooled = tf.math.mean(h2, tf.constant(new int[] {1, 2})); // [B, 8]
      Operand<TFloat32> logits = tf.math.add(tf.linalg.matMul(pooled, dense), denseBias); // [B,2]
      Operand<TFloat32> loss =
          tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits, oneHot).loss(), tf.constant(0));

      // Plain gradient descent: theta -= lr * dloss/dtheta for the five variables only.
      Gradients gradients = tf.gradients(loss, variables);
      List<Op> updates = new ArrayList<>();
      Operand<TFloat32> learningRate = tf.constant(0.1f);
      for (int i = 0; i < variables.size(); i++) {
        Operand<TFloat32> g = gradients.dy(i);
        updates.add(tf.assignSub(variables.get(i), tf.math.mul(learningRate, g)));
      }
      Op trainStep = tf.withControlDependencies(updates).noOp();

      session.initialize(); // runs the variables' initializers
      float[] losses = new float[steps];
      for (int step = 0; step < steps; step++) {
        float[] x = new float[batchSize * SIZE * SIZE];
        float[] y = new float[batchSize * CLASSES];
        StripeImages.fill(random, x, y, batchSize);
        // Tensors created for one step are closed in that step.
        try (TFloat32 xt =
                TFloat32.tensorOf(Shape.of(batchSize, SIZE, SIZE, 1), DataBuffers.of(x));
            TFloat32 yt = TFloat32.tensorOf(Shape.of(batchSize, CLASSES), DataBuffers.of(y));
            org.tensorflow.Result out =
                session
                    .runner()
                    .feed(images, xt)
                    .feed(oneHot, yt)
                    .addTarget(trainStep)
                    .fetch(loss)
                    .run()) {
          losses[step] = ((TFloat32) out.get(0)).getFloat();
        }
      }
      return new Result(losses, variables.size(), filtered.shape().asArray());
    }
  }

  /** A variable initialized from a scaled normal draw (He initialization for ReLU layers). */
  private static Variable<TFloat32> weight(Ops tf, Random random, int... shape) {
    int fanIn = 1;
    for (int i = 0; i < shape.length - 1; i++) {
      fanIn *= shape[i];
    }
    int n = 1;
    for (int s : shape) {
      n *= s;
    }
    float[] values = new float[n];
    double std = Math.sqrt(2.0 / fanIn);
    for (int i = 0; i < n; i++) {
      values[i] = (float) (random.nextGaussian() * std);
    }
    long[] dims = new long[shape.length];
    for (int i = 0; i < shape.length; i++) {
      dims[i] = shape[i];
    }
    return tf.variable(tf.constant(Shape.of(dims), DataBuffers.of(values)));
  }

  /** The synthetic stripes data set. */
  static final class StripeImages {

    private StripeImages() {}

    /**
     * Fills {@code x} ({@code [n, 16, 16, 1]}) with stripe images and {@code y} ({@code [n, 2]})
     * with their one-hot labels.
     */
    static void fill(Random random, float[] x, float[] y, int n) {
      for (int b = 0; b < n; b++) {
        int label = random.nextInt(CLASSES);
        double phase = random.nextDouble() * 2 * Math.PI;
        double offset = random.nextDouble() * 4 - 2; // the low-frequency "domain bias"
        double rampX = random.nextDouble() - 0.5;
        double rampY = random.nextDouble() - 0.5;
        for (int r = 0; r < SIZE; r++) {
          for (int c = 0; c < SIZE; c++) {
            int along = label == 0 ? r : c;
            double stripes = Math.sin(2 * Math.PI * along / 4.0 + phase);
            double ramp = (rampX * c + rampY * r) / 4.0;
            x[(b * SIZE + r) * SIZE + c] =
                (float) (stripes + offset + ramp + 0.1 * random.nextGaussian());
          }
        }
        y[b * CLASSES + label] = 1f;
      }
    }
  }
}
