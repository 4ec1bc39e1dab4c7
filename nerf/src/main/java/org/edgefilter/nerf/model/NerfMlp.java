package org.edgefilter.nerf.model;

import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.filter.DenseEdgeFilter;
import org.edgefilter.framework.filter.EdgeFilter;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.ParameterScope;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The NeRF MLP (see {@link MlpConfig}) with an EdgeFilter slot (see {@link NerfFilterConfig}). A
 * layer object: its parameters are created in its scope on the first {@link #apply} and shared by
 * every later tower, so training and rendering graphs use the same weights. The filter is a
 * constant op and adds no parameters.
 *
 * <p>Parameters: {@code layer<i>/kernel, bias} for i = 1..depth, {@code sigma/...} (density head),
 * {@code feature/...} (the linear feature), {@code color/...} (the view-dependent ReLU layer),
 * {@code rgb/...}; Dense layers with Glorot-uniform kernels and zero biases, as Keras' Dense in the
 * original TensorFlow code.
 */
public final class NerfMlp {

  private final MlpConfig config;
  private final NerfFilterConfig filter;
  private final EdgeFilterSpec filterSpec;
  private final PositionalEncoding positions;
  private final PositionalEncoding directions;
  private final List<Dense> trunk = new ArrayList<>();
  private final Dense sigmaHead;
  private final Dense feature;
  private final Dense color;
  private final Dense rgbHead;

  /**
   * @param scope where the parameters live, e.g. {@code coarse}
   * @throws IllegalArgumentException if the filter's layer is beyond {@code depth}
   */
  public NerfMlp(ParameterScope scope, MlpConfig config, NerfFilterConfig filter) {
    NerfFilterConfig.positions(config.depth()).check(filter.shared());
    this.config = config;
    this.filter = filter;
    this.filterSpec = filter.spec();
    this.positions = PositionalEncoding.of(config.positionFrequencies());
    this.directions = PositionalEncoding.of(config.directionFrequencies());
    for (int i = 1; i <= config.depth(); i++) {
      trunk.add(Dense.of(scope.child("layer" + i), config.width()));
    }
    this.sigmaHead = Dense.of(scope.child("sigma"), 1);
    this.feature = Dense.of(scope.child("feature"), config.width());
    this.color = Dense.of(scope.child("color"), config.width() / 2);
    this.rgbHead = Dense.of(scope.child("rgb"), 3);
  }

  /** The MLP's shape. */
  public MlpConfig config() {
    return config;
  }

  /** The filter slot's configuration. */
  public NerfFilterConfig filter() {
    return filter;
  }

  /**
   * The field at the sample points of N rays.
   *
   * @param points [N, S, 3] world positions, S known
   * @param viewDirections [N, 3] unit ray directions
   * @return colors [N, S, 3] and densities [N, S]
   */
  public Field apply(Ops tf, Operand<TFloat32> points, Operand<TFloat32> viewDirections) {
    Shape shape = points.shape();
    if (shape.isUnknown() || shape.numDimensions() != 3 || shape.get(1) < 1 || shape.get(2) != 3) {
      throw new IllegalArgumentException(
          "NerfMlp expects points [N, S, 3] with S known, got " + shape);
    }
    long samples = shape.get(1);
    Operand<TFloat32> rows = tf.reshape(points, tf.constant(new long[] {-1, 3})); // [N*S, 3]
    Operand<TFloat32> encoded = positions.apply(tf, rows); // [N*S, 3 (1 + 2L)]
    Operand<TFloat32> h = encoded;
    for (int i = 1; i <= config.depth(); i++) {
      h = tf.nn.relu(trunk.get(i - 1).apply(tf, h, Mode.TRAIN)); // [N*S, width]
      if (i == filter.position()) {
        h = filtered(tf, h, samples);
      }
      if (i == config.skipAfter()) {
        h = tf.concat(List.of(encoded, h), tf.constant(1)); // [N*S, enc + width]
      }
    }
    Operand<TFloat32> sigma =
        config.density().apply(tf, sigmaHead.apply(tf, h, Mode.TRAIN)); // [N*S, 1]
    Operand<TFloat32> bottleneck = feature.apply(tf, h, Mode.TRAIN); // [N*S, width]
    Operand<TFloat32> dirs = directions.apply(tf, viewDirections); // [N, dd]
    long dirWidth = dirs.shape().get(1);
    // Every sample of a ray shares its direction: [N, dd] -> [N, S, dd] -> [N*S, dd].
    Operand<TFloat32> dirRows =
        tf.reshape(
            tf.tile(tf.expandDims(dirs, tf.constant(1)), tf.constant(new long[] {1, samples, 1})),
            tf.constant(new long[] {-1, dirWidth}));
    Operand<TFloat32> c =
        tf.nn.relu(
            color.apply(tf, tf.concat(List.of(bottleneck, dirRows), tf.constant(1)), Mode.TRAIN));
    Operand<TFloat32> rgb = tf.math.sigmoid(rgbHead.apply(tf, c, Mode.TRAIN)); // [N*S, 3]
    return new Field(
        tf.reshape(rgb, tf.constant(new long[] {-1, samples, 3})),
        tf.reshape(sigma, tf.constant(new long[] {-1, samples})));
  }

  /**
   * The EdgeFilter along the configured axis; [N*S, width] in and out. A linear low-pass along the
   * features runs as one MatMul with its width x width operator ({@link DenseEdgeFilter}): the same
   * values as the pooling path, which TensorFlow's CPU kernels run slowly on N*S sequences of one
   * channel.
   */
  private Operand<TFloat32> filtered(Ops tf, Operand<TFloat32> h, long samples) {
    long width = config.width();
    if (filter.axis() == FilterAxis.FEATURES && filterSpec.lowPass().isLinear()) {
      return DenseEdgeFilter.apply(tf, h, filterSpec);
    }
    Operand<TFloat32> view =
        switch (filter.axis()) {
          case FEATURES -> tf.reshape(h, tf.constant(new long[] {-1, width, 1})); // [N*S, width, 1]
          case SAMPLES ->
              tf.reshape(h, tf.constant(new long[] {-1, samples, width})); // [N, S, width]
        };
    Operand<TFloat32> y = EdgeFilter.apply(tf, view, filterSpec);
    return tf.reshape(y, tf.constant(new long[] {-1, width})); // [N*S, width]
  }
}
