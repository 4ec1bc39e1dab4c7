package org.edgefilter.framework.nn;

/** Tag names the framework's layers attach to parameters. */
public final class Tags {

  /**
   * The scale and shift of a normalization layer (BatchNorm or LayerNorm): what TENT (Wang et al.,
   * ICLR 2021, section 3) adapts at test time.
   */
  public static final String NORM_AFFINE = "norm-affine";

  /** A normalization layer's running statistics (moving mean and variance). */
  public static final String NORM_STATISTICS = "norm-statistics";

  /** State that belongs to an optimizer rather than to the model. */
  public static final String OPTIMIZER = "optimizer";

  private Tags() {}
}
