package org.edgefilter.vision.model;

import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterPositions;
import org.edgefilter.framework.nn.Activations;
import org.edgefilter.framework.nn.Conv2d;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.Dropout;
import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.LayerNorm;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.MultiHeadSelfAttention;
import org.edgefilter.framework.nn.Padding;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterScope;
import org.edgefilter.framework.nn.ParameterSpec;
import org.edgefilter.framework.nn.Role;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.index.Indices;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Squeeze;
import org.tensorflow.types.TFloat32;

/**
 * Vision Transformer (Dosovitskiy et al., ICLR 2021) trained from scratch (no pretrained weights
 * are available offline): non-overlapping patches embedded by a strided convolution, a class token
 * initialised to zeros, learned position embeddings, pre-LN encoder blocks {@code x + MHSA(LN(x));
 * x + MLP(LN(x))} with a GELU MLP, a final LayerNorm, and a dense classifier on the class token.
 * B/32 is patch 32, width 768, depth 12, 12 heads, MLP 3072.
 *
 * <p>Filter slots: 1..depth after encoder block i; the filter is 1D along the tokens (class token
 * included) of {@code [batch, tokens, width]} (paper default: the last block, before the final
 * LayerNorm).
 */
public final class VisionTransformer implements VisionNet {

  private final int patch;
  private final int width;
  private final int tokens;
  private final Conv2d embed;
  private final Parameter classToken;
  private final Parameter positions;
  private final Dropout embedDropout;
  private final List<Block> blocks = new ArrayList<>();
  private final LayerNorm finalNorm;
  private final Dense head;
  private final FilterSlot slot;

  private record Block(
      LayerNorm ln1,
      MultiHeadSelfAttention attention,
      LayerNorm ln2,
      Dense fc1,
      Dense fc2,
      Dropout dropout) {

    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
      Operand<TFloat32> a = attention.apply(tf, ln1.apply(tf, x, mode), null, mode);
      x = tf.math.add(x, dropout.apply(tf, a, mode));
      Operand<TFloat32> m = Activations.gelu(tf, fc1.apply(tf, ln2.apply(tf, x, mode), mode));
      m = fc2.apply(tf, dropout.apply(tf, m, mode), mode);
      return tf.math.add(x, dropout.apply(tf, m, mode));
    }
  }

  /** The filter slots: i after encoder block i (1..depth), before the final LayerNorm. */
  public static FilterPositions positions(int depth) {
    return new FilterPositions(
        "ViT with " + depth + " blocks", 1, depth, "i after encoder block i, along the tokens");
  }

  public VisionTransformer(
      ParameterScope scope,
      int imageSize,
      int patch,
      int width,
      int depth,
      int heads,
      int mlp,
      double dropout,
      int classes,
      FilterConfig filter) {
    if (patch < 1 || imageSize % patch != 0) {
      throw new IllegalArgumentException(
          "ViT patch size must divide the image size " + imageSize + ", got " + patch);
    }
    if (width % heads != 0) {
      throw new IllegalArgumentException(
          "ViT width " + width + " is not divisible by heads " + heads);
    }
    this.patch = patch;
    this.width = width;
    this.tokens = (imageSize / patch) * (imageSize / patch) + 1;
    this.slot = new FilterSlot(filter, 1, positions(depth));
    embed =
        Conv2d.builder()
            .setFilters(width)
            .setKernelSize(patch)
            .optStride(patch)
            .optPadding(Padding.VALID)
            .optBias(true)
            .optKernelInitializer(Initializers.glorotUniform())
            .build(scope.child("patch_embed"));
    classToken =
        scope.create(
            ParameterSpec.of("class_token", Role.EMBEDDING, Initializers.zeros(), 1, 1, width));
    positions =
        scope.create(
            ParameterSpec.of(
                "position_embedding",
                Role.EMBEDDING,
                Initializers.truncatedNormal(0.02),
                1,
                tokens,
                width));
    embedDropout = new Dropout(scope.child("embed_dropout"), (float) dropout);
    for (int i = 0; i < depth; i++) {
      ParameterScope s = scope.child("block" + (i + 1));
      blocks.add(
          new Block(
              LayerNorm.of(s.child("ln1")),
              new MultiHeadSelfAttention(
                  s.child("attention"),
                  width,
                  heads,
                  (float) dropout,
                  Initializers.glorotUniform()),
              LayerNorm.of(s.child("ln2")),
              Dense.builder()
                  .setUnits(mlp)
                  .optKernelInitializer(Initializers.glorotUniform())
                  .build(s.child("fc1")),
              Dense.builder()
                  .setUnits(width)
                  .optKernelInitializer(Initializers.glorotUniform())
                  .build(s.child("fc2")),
              new Dropout(s.child("dropout"), (float) dropout)));
    }
    finalNorm = LayerNorm.of(scope.child("final_ln"));
    head =
        Dense.builder()
            .setUnits(classes)
            .optKernelInitializer(Initializers.glorotUniform())
            .build(scope.child("head"));
  }

  @Override
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> images, Mode mode, FilterTaps taps) {
    Operand<TFloat32> grid = embed.apply(tf, images, mode); // [b, s/p, s/p, width]
    Operand<TFloat32> patches =
        tf.reshape(grid, tf.constant(new long[] {-1, tokens - 1, width})); // [b, n, width]
    Operand<TFloat32> firstPatch =
        tf.stridedSlice(patches, Indices.all(), Indices.slice(0, 1), Indices.all());
    Operand<TFloat32> cls =
        tf.math.add(tf.zerosLike(firstPatch), classToken.value()); // [b, 1, width]
    Operand<TFloat32> x = tf.concat(List.of(cls, patches), tf.constant(1)); // [b, tokens, width]
    x = embedDropout.apply(tf, tf.math.add(x, positions.value()), mode);
    for (int i = 0; i < blocks.size(); i++) {
      x = slot.at(tf, blocks.get(i).apply(tf, x, mode), i + 1, taps);
    }
    x = finalNorm.apply(tf, x, mode);
    Operand<TFloat32> classOut =
        tf.squeeze(
            tf.stridedSlice(x, Indices.all(), Indices.slice(0, 1), Indices.all()),
            Squeeze.axis(1L)); // [b, width]
    return head.apply(tf, classOut, mode);
  }

  @Override
  public String name() {
    return "vit-p" + patch + "-d" + width + "-l" + blocks.size();
  }
}
