package org.edgefilter.vision.corrupt;

/**
 * The image size a corruption's parameter table is for: the scripts tune each corruption separately
 * for CIFAR (32x32, {@code make_cifar_c.py}) and Tiny-ImageNet (64x64, {@code
 * make_tinyimagenet_c.py}).
 */
public enum Resolution {
  /** 32x32, CIFAR-10-C / CIFAR-100-C. */
  CIFAR(32),
  /** 64x64, Tiny-ImageNet-C. */
  TINY_IMAGENET(64);

  private final int side;

  Resolution(int side) {
    this.side = side;
  }

  /** Image side S (images are S x S x 3). */
  public int side() {
    return side;
  }

  /** The resolution for images of side {@code side}; only 32 and 64 have parameter tables. */
  public static Resolution forSide(int side) {
    for (Resolution r : values()) {
      if (r.side == side) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "corruption parameters exist for 32x32 (CIFAR) and 64x64 (Tiny-ImageNet) images, not "
            + side
            + "x"
            + side);
  }

  /** Picks the CIFAR or the Tiny-ImageNet entry. */
  <T> T pick(T cifar, T tiny) {
    return this == CIFAR ? cifar : tiny;
  }
}
