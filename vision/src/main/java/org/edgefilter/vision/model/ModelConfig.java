package org.edgefilter.vision.model;

import java.util.List;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterPositions;
import org.edgefilter.framework.nn.ParameterScope;

/**
 * The architecture of a vision model; the filter's place is the shared {@link FilterConfig}.
 *
 * @param arch {@code wrn}, {@code resnet18} or {@code vit}
 * @param depth WRN depth (6n + 4)
 * @param widen WRN widen factor k
 * @param resnetWidth ResNet18 base width (64 in the paper)
 * @param dropout dropout rate (WRN blocks, ViT)
 * @param vitPatch ViT patch size
 * @param vitWidth ViT token width
 * @param vitDepth ViT encoder blocks
 * @param vitHeads ViT attention heads
 * @param vitMlp ViT MLP hidden width
 */
public record ModelConfig(
    String arch,
    int depth,
    int widen,
    int resnetWidth,
    double dropout,
    int vitPatch,
    int vitWidth,
    int vitDepth,
    int vitHeads,
    int vitMlp) {

  /** Every architecture name {@link #build} knows (the contract test covers each). */
  public static final List<String> ARCHITECTURES = List.of("wrn", "resnet18", "vit");

  public ModelConfig {
    if (!ARCHITECTURES.contains(arch)) {
      throw new IllegalArgumentException(
          "model.arch must be wrn, resnet18 or vit; got '" + arch + "'");
    }
  }

  /** WRN-d-k with no dropout. */
  public static ModelConfig wrn(int depth, int widen) {
    return new ModelConfig("wrn", depth, widen, 64, 0.0, 4, 192, 6, 3, 384);
  }

  /** The default filter slot of this architecture in the paper. */
  public int paperFilterPosition() {
    return switch (arch) {
      case "wrn" -> 1;
      case "resnet18" -> 2;
      default -> vitDepth;
    };
  }

  /**
   * The paper's filter window for this architecture where it states one: WRN 11 (the official
   * code's size), ViT 7 (1D along the tokens); empty for ResNet18, whose window the paper leaves at
   * the preset's.
   */
  public java.util.OptionalInt paperFilterKernelSize() {
    return switch (arch) {
      case "wrn" -> java.util.OptionalInt.of(11);
      case "vit" -> java.util.OptionalInt.of(7);
      default -> java.util.OptionalInt.empty();
    };
  }

  /** ResNet18 with base width {@code width} (64 in the paper). */
  public static ModelConfig resnet18(int width) {
    return new ModelConfig("resnet18", 16, 4, width, 0.0, 4, 192, 6, 3, 384);
  }

  /** A ViT: patch, token width, encoder blocks, heads and MLP width; no dropout. */
  public static ModelConfig vit(int patch, int width, int depth, int heads, int mlp) {
    return new ModelConfig("vit", 16, 4, 64, 0.0, patch, width, depth, heads, mlp);
  }

  /** The filter slots of this architecture. */
  public FilterPositions filterPositions() {
    return switch (arch) {
      case "wrn" -> WideResNet.positions(depth, widen);
      case "resnet18" -> ResNet18.POSITIONS;
      default -> VisionTransformer.positions(vitDepth);
    };
  }

  /** Builds the network's layers under {@code scope} for {@code classes} classes. */
  public VisionNet build(ParameterScope scope, int imageSize, int classes, FilterConfig filter) {
    return switch (arch) {
      case "wrn" -> new WideResNet(scope, depth, widen, classes, dropout, filter);
      case "resnet18" -> new ResNet18(scope, resnetWidth, classes, filter);
      default ->
          new VisionTransformer(
              scope, imageSize, vitPatch, vitWidth, vitDepth, vitHeads, vitMlp, dropout, classes,
              filter);
    };
  }
}
