package org.edgefilter.framework.nn;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * 2D convolution over NHWC input: {@code [B, H, W, Cin] -> [B, H', W', filters]}, with {@code H' =
 * ceil(H / strideH)} for SAME padding and {@code ceil((H - kh + 1) / strideH)} for VALID.
 * Parameters: {@code kernel [kh, kw, Cin, filters]} (role WEIGHT) and optionally {@code bias
 * [filters]} (role BIAS), created on the first apply from the input's static channels.
 */
public final class Conv2d implements Layer {

  private final ParameterScope scope;
  private final int filters;
  private final int kernelHeight;
  private final int kernelWidth;
  private final int strideHeight;
  private final int strideWidth;
  private final Padding padding;
  private final boolean useBias;
  private final Initializer kernelInitializer;
  private Parameter kernel;
  private Parameter bias;
  private long inChannels = -1;

  private Conv2d(Builder b, ParameterScope scope) {
    this.scope = scope;
    this.filters = b.filters;
    this.kernelHeight = b.kernelHeight;
    this.kernelWidth = b.kernelWidth;
    this.strideHeight = b.strideHeight;
    this.strideWidth = b.strideWidth;
    this.padding = b.padding;
    this.useBias = b.useBias;
    this.kernelInitializer = b.kernelInitializer;
  }

  /** Starts a convolution; {@code setFilters} and {@code setKernelSize} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public synchronized Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
    String who = "Conv2d " + scope;
    Shapes.requireRank(x, 4, who);
    long channels = Shapes.lastDim(x, who);
    if (kernel == null) {
      inChannels = channels;
      kernel =
          scope.create(
              ParameterSpec.of(
                  "kernel",
                  Role.WEIGHT,
                  kernelInitializer,
                  kernelHeight,
                  kernelWidth,
                  channels,
                  filters));
      if (useBias) {
        bias = scope.create(ParameterSpec.of("bias", Role.BIAS, Initializers.zeros(), filters));
      }
    }
    Shapes.requireSame(inChannels, channels, who);
    Operand<TFloat32> y =
        tf.nn.conv2d(
            x,
            kernel.value(),
            List.of(1L, (long) strideHeight, (long) strideWidth, 1L),
            padding.name());
    return useBias ? tf.nn.biasAdd(y, bias.value()) : y;
  }

  /** The parameters created so far (none before the first apply). */
  public synchronized List<Parameter> parameters() {
    List<Parameter> out = new ArrayList<>();
    if (kernel != null) {
      out.add(kernel);
    }
    if (bias != null) {
      out.add(bias);
    }
    return out;
  }

  /** The output shape for an input of spatial size {@code height x width} (batch left as -1). */
  public Shape outputShape(long height, long width) {
    return Shape.of(
        -1,
        outSize(height, kernelHeight, strideHeight),
        outSize(width, kernelWidth, strideWidth),
        filters);
  }

  private long outSize(long in, int k, int stride) {
    return padding == Padding.SAME ? (in + stride - 1) / stride : (in - k + stride) / stride;
  }

  /** Configuration of a {@link Conv2d}. */
  public static final class Builder {
    private int filters;
    private int kernelHeight;
    private int kernelWidth;
    private int strideHeight = 1;
    private int strideWidth = 1;
    private Padding padding = Padding.SAME;
    private boolean useBias = true;
    // torchvision's ResNet and the WRN reference code use kaiming_normal_(mode="fan_out").
    private Initializer kernelInitializer = Initializers.heNormal(Initializers.FanMode.FAN_OUT);

    private Builder() {}

    /** Output channels. */
    public Builder setFilters(int filters) {
      this.filters = filters;
      return this;
    }

    /** A square kernel. */
    public Builder setKernelSize(int size) {
      return setKernelSize(size, size);
    }

    /** A {@code height x width} kernel. */
    public Builder setKernelSize(int height, int width) {
      this.kernelHeight = height;
      this.kernelWidth = width;
      return this;
    }

    /** The same stride along H and W (default 1). */
    public Builder optStride(int stride) {
      return optStride(stride, stride);
    }

    /** Strides along H and W (default 1). */
    public Builder optStride(int height, int width) {
      this.strideHeight = height;
      this.strideWidth = width;
      return this;
    }

    /** SAME (default) or VALID. */
    public Builder optPadding(Padding padding) {
      this.padding = padding;
      return this;
    }

    /** Whether to add a bias (default true; false before BatchNorm). */
    public Builder optBias(boolean useBias) {
      this.useBias = useBias;
      return this;
    }

    /** The kernel's initializer (default He normal, fan-out). */
    public Builder optKernelInitializer(Initializer initializer) {
      this.kernelInitializer = initializer;
      return this;
    }

    /** A convolution whose parameters will live in {@code scope}. */
    public Conv2d build(ParameterScope scope) {
      if (filters <= 0) {
        throw new IllegalArgumentException("Conv2d " + scope + ": filters must be set and > 0");
      }
      if (kernelHeight <= 0 || kernelWidth <= 0) {
        throw new IllegalArgumentException("Conv2d " + scope + ": kernel size must be set and > 0");
      }
      if (strideHeight <= 0 || strideWidth <= 0) {
        throw new IllegalArgumentException("Conv2d " + scope + ": strides must be > 0");
      }
      if (padding == null || kernelInitializer == null) {
        throw new IllegalArgumentException(
            "Conv2d " + scope + ": padding and initializer must not be null");
      }
      return new Conv2d(this, scope);
    }
  }
}
