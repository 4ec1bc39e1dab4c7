package org.edgefilter.vision.corrupt;

import java.util.Arrays;
import java.util.List;

/**
 * The 19 corruption functions of the CIFAR-10-C release: the 15 of the benchmark (Hendrycks and
 * Dietterich, ICLR 2019, in the paper's order: noise, blur, weather, digital) and the 4 held-out
 * extras. {@link #id()} is the function name, which is also the release's file name {@code
 * <id>.npy}.
 */
public enum Corruption {
  GAUSSIAN_NOISE("gaussian_noise", true),
  SHOT_NOISE("shot_noise", true),
  IMPULSE_NOISE("impulse_noise", true),
  DEFOCUS_BLUR("defocus_blur", true),
  GLASS_BLUR("glass_blur", true),
  MOTION_BLUR("motion_blur", true),
  ZOOM_BLUR("zoom_blur", true),
  SNOW("snow", true),
  FROST("frost", true),
  FOG("fog", true),
  BRIGHTNESS("brightness", true),
  CONTRAST("contrast", true),
  ELASTIC_TRANSFORM("elastic_transform", true),
  PIXELATE("pixelate", true),
  JPEG_COMPRESSION("jpeg_compression", true),
  SPECKLE_NOISE("speckle_noise", false),
  GAUSSIAN_BLUR("gaussian_blur", false),
  SPATTER("spatter", false),
  SATURATE("saturate", false);

  /** Severities run from 1 to this. */
  public static final int MAX_SEVERITY = 5;

  private final String id;
  private final boolean benchmark;

  Corruption(String id, boolean benchmark) {
    this.id = id;
    this.benchmark = benchmark;
  }

  /** The function name and release file stem, e.g. {@code gaussian_noise}. */
  public String id() {
    return id;
  }

  /** True for the 15 benchmark corruptions, false for the 4 extras. */
  public boolean isBenchmark() {
    return benchmark;
  }

  /** The 15 benchmark corruptions in the paper's order. */
  public static List<Corruption> benchmark() {
    return Arrays.stream(values()).filter(Corruption::isBenchmark).toList();
  }

  /** The 4 extra corruptions (speckle_noise, gaussian_blur, spatter, saturate). */
  public static List<Corruption> extras() {
    return Arrays.stream(values()).filter(c -> !c.isBenchmark()).toList();
  }

  /** The corruption with function name {@code id}; the error lists the valid names. */
  public static Corruption fromId(String id) {
    for (Corruption c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown corruption '"
            + id
            + "'; expected one of "
            + Arrays.stream(values()).map(Corruption::id).toList());
  }

  /** Checks {@code 1 <= severity <= 5}. */
  public static int checkSeverity(int severity) {
    if (severity < 1 || severity > MAX_SEVERITY) {
      throw new IllegalArgumentException(
          "severity must be 1.." + MAX_SEVERITY + ", got " + severity);
    }
    return severity;
  }
}
