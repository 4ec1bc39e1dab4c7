package org.edgefilter.nerf.model;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.train.Adam;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.UpdateStep;
import org.edgefilter.nerf.geometry.Rays;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A NeRF with a coarse and a fine network in one graph (NeRF sec. 5.2), white background, and its
 * training step: the loss is {@code mean((C_coarse - C)^2) + mean((C_fine - C)^2)} over the batch's
 * rays and channels, minimized with Adam over every parameter of both networks.
 *
 * <p>Inputs are placeholders fed per run: ray origins and unnormalized directions [N, 3] (the ray
 * parameter t is camera depth, see {@link Rays}), coarse depths [N, S_c], fine depths [N, S_c +
 * S_f] and target colors [N, 3]. The fine depths come from the host ({@link SamplingConfig}): call
 * {@link #coarseWeights} first, draw the fine depths, then run the training step or {@link
 * #renderFine}. {@link #render} does all of that in chunks.
 *
 * <p>Owns its {@link Model} (graph and session); close it.
 */
public final class NerfModel implements AutoCloseable {

  /** The Blender scenes are composited on white. */
  private static final float[] WHITE = {1f, 1f, 1f};

  private final NerfModelConfig config;
  private final Model model;
  private final Placeholder<TFloat32> origins;
  private final Placeholder<TFloat32> directions;
  private final Placeholder<TFloat32> coarseDepths;
  private final Placeholder<TFloat32> fineDepths;
  private final Placeholder<TFloat32> targets;
  private final NerfMlp coarse;
  private final NerfMlp fine;
  private final RenderedRays coarseRays;
  private final RenderedRays fineRays;
  private final Operand<TFloat32> loss;
  private final Operand<TFloat32> fineLoss;
  private final UpdateStep trainStep;
  private final EvalStep weightsProbe;
  private final EvalStep fineProbe;

  private NerfModel(NerfModelConfig config, long seed, int threads) {
    this.config = config;
    this.model = new Model(seed, threads);
    try {
      Ops tf = model.tf();
      origins = placeholder(tf, "origins", 3);
      directions = placeholder(tf, "directions", 3);
      coarseDepths = placeholder(tf, "coarse_depths", config.sampling().coarseSamples());
      fineDepths = placeholder(tf, "fine_depths", config.sampling().totalSamples());
      targets = placeholder(tf, "targets", 3);
      coarse = new NerfMlp(model.params().child("coarse"), config.mlp(), config.filter());
      fine = new NerfMlp(model.params().child("fine"), config.mlp(), config.filter());

      Ops rays = tf.withSubScope("rays");
      Operand<TFloat32> norms =
          rays.math.sqrt(rays.reduceSum(rays.math.square(directions), rays.constant(1))); // [N]
      Operand<TFloat32> viewDirections =
          rays.math.div(directions, rays.expandDims(norms, rays.constant(1))); // [N, 3]
      coarseRays =
          tower(tf.withSubScope("coarse_tower"), coarse, coarseDepths, norms, viewDirections);
      fineRays = tower(tf.withSubScope("fine_tower"), fine, fineDepths, norms, viewDirections);

      Ops losses = tf.withSubScope("loss");
      Operand<TFloat32> coarseLoss = mse(losses, coarseRays.rgb(), targets);
      fineLoss = mse(losses, fineRays.rgb(), targets);
      loss = losses.withName("total").math.add(coarseLoss, fineLoss);
      trainStep =
          UpdateStep.builder(model)
              .setName("train")
              .setLoss(loss)
              .setOptimizer(Adam.defaults())
              .optFetches(List.of(fineLoss))
              .build();
      weightsProbe = EvalStep.of(model, coarseRays.weights());
      fineProbe = EvalStep.of(model, List.of(fineRays.rgb(), fineRays.depth(), fineRays.opacity()));
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * Builds the graph (both networks, rendering, loss and Adam step). Call {@code
   * model().initialize()} or restore a checkpoint before running it.
   *
   * @param seed initial weights derive from it (and the parameter names)
   * @param threads TensorFlow intra- and inter-op threads; 0 for TensorFlow's default
   */
  public static NerfModel build(NerfModelConfig config, long seed, int threads) {
    return new NerfModel(config, seed, threads);
  }

  private static Placeholder<TFloat32> placeholder(Ops tf, String name, long width) {
    return tf.withName(name).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, width)));
  }

  /** Sample points {@code o + t d} [N, S, 3], the field there, and its rendering. */
  private RenderedRays tower(
      Ops tf,
      NerfMlp mlp,
      Operand<TFloat32> depths,
      Operand<TFloat32> norms,
      Operand<TFloat32> viewDirections) {
    Operand<TFloat32> along =
        tf.math.mul(
            tf.expandDims(directions, tf.constant(1)),
            tf.expandDims(depths, tf.constant(2))); // [N, S, 3]
    Operand<TFloat32> points = tf.math.add(tf.expandDims(origins, tf.constant(1)), along);
    Field field = mlp.apply(tf.withSubScope("field"), points, viewDirections);
    return VolumeRendering.render(
        tf.withSubScope("render"), field.rgb(), field.sigma(), depths, norms, WHITE);
  }

  private static Operand<TFloat32> mse(
      Ops tf, Operand<TFloat32> predicted, Operand<TFloat32> target) {
    return tf.math.mean(
        tf.math.squaredDifference(predicted, target), tf.constant(new int[] {0, 1}));
  }

  /** The configuration the graph was built from. */
  public NerfModelConfig config() {
    return config;
  }

  /** The graph, session and parameters (for initialization, checkpoints and the trainer). */
  public Model model() {
    return model;
  }

  /** The coarse network. */
  public NerfMlp coarse() {
    return coarse;
  }

  /** The fine network. */
  public NerfMlp fine() {
    return fine;
  }

  /** The Adam step on the total loss; its fetch is the fine loss alone. */
  public UpdateStep trainStep() {
    return trainStep;
  }

  /** The scalar training loss (coarse plus fine mean squared error). */
  public Operand<TFloat32> loss() {
    return loss;
  }

  /** The coarse tower's rendering ([N, 3] rgb, [N, S_c] weights, ...). */
  public RenderedRays coarseRays() {
    return coarseRays;
  }

  /** The fine tower's rendering. */
  public RenderedRays fineRays() {
    return fineRays;
  }

  /**
   * The feeds of one training step (the caller closes them).
   *
   * @param numRays N
   * @param origins [N, 3]
   * @param directions [N, 3] unnormalized
   * @param targets [N, 3] ground-truth colors
   * @param coarseDepths [N, S_c] the depths {@link #coarseWeights} was run with
   * @param fineDepths [N, S_c + S_f]
   */
  public Feeds trainingFeeds(
      int numRays,
      float[] origins,
      float[] directions,
      float[] targets,
      float[] coarseDepths,
      float[] fineDepths) {
    return rayFeeds(numRays, origins, directions)
        .floats(this.targets, targets, numRays, 3)
        .floats(this.coarseDepths, coarseDepths, numRays, config.sampling().coarseSamples())
        .floats(this.fineDepths, fineDepths, numRays, config.sampling().totalSamples());
  }

  /**
   * Runs the coarse network and returns its sample weights.
   *
   * @param origins [N, 3]
   * @param directions [N, 3]
   * @param coarseDepths [N, S_c]
   * @return [N, S_c]
   */
  public float[] coarseWeights(
      int numRays, float[] origins, float[] directions, float[] coarseDepths) {
    try (Feeds feeds =
        rayFeeds(numRays, origins, directions)
            .floats(this.coarseDepths, coarseDepths, numRays, config.sampling().coarseSamples())) {
      return weightsProbe.run(feeds)[0];
    }
  }

  /**
   * Runs the fine network at given depths.
   *
   * @param fineDepths [N, S_c + S_f] sorted
   * @return rgb [N, 3], depth [N], opacity [N]
   */
  public RayColors renderFine(
      int numRays, float[] origins, float[] directions, float[] fineDepths) {
    try (Feeds feeds =
        rayFeeds(numRays, origins, directions)
            .floats(this.fineDepths, fineDepths, numRays, config.sampling().totalSamples())) {
      float[][] out = fineProbe.run(feeds);
      return new RayColors(out[0], out[1], out[2]);
    }
  }

  /**
   * Renders rays with the fine network, {@code chunk} rays per session run: evenly spaced coarse
   * depths, coarse weights, NeRF's deterministic fine depths, fine colors (NeRF's test-time
   * rendering, no jitter).
   *
   * @return rgb [N, 3], depth [N], opacity [N] in ray order
   */
  public RayColors render(Rays rays, int chunk) {
    return render(rays, chunk, null);
  }

  /**
   * As {@link #render(Rays, int)}, with jittered depths when {@code random} is given (the depths
   * training uses).
   */
  public RayColors render(Rays rays, int chunk, Random random) {
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk must be >= 1, got " + chunk);
    }
    int n = rays.size();
    float[] rgb = new float[3 * n];
    float[] depth = new float[n];
    float[] opacity = new float[n];
    for (int start = 0; start < n; start += chunk) {
      int count = Math.min(chunk, n - start);
      float[] o = Arrays.copyOfRange(rays.origins(), 3 * start, 3 * (start + count));
      float[] d = Arrays.copyOfRange(rays.directions(), 3 * start, 3 * (start + count));
      float[] tc = config.sampling().coarse(count, random);
      float[] tf = config.sampling().fine(count, tc, coarseWeights(count, o, d, tc), random);
      RayColors out = renderFine(count, o, d, tf);
      System.arraycopy(out.rgb(), 0, rgb, 3 * start, 3 * count);
      System.arraycopy(out.depth(), 0, depth, start, count);
      System.arraycopy(out.opacity(), 0, opacity, start, count);
    }
    return new RayColors(rgb, depth, opacity);
  }

  private Feeds rayFeeds(int numRays, float[] origins, float[] directions) {
    return Feeds.create()
        .floats(this.origins, origins, numRays, 3)
        .floats(this.directions, directions, numRays, 3);
  }

  /** Closes the session and the graph. */
  @Override
  public void close() {
    model.close();
  }
}
