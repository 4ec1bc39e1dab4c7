package org.edgefilter.framework.nn;

/** What a parameter is for; optimizers and test-time adaptation select parameters by role. */
public enum Role {
  /** A convolution kernel or a dense/projection matrix. */
  WEIGHT,
  /** An additive bias of a convolution or dense layer. */
  BIAS,
  /** A normalization layer's scale. */
  GAMMA,
  /** A normalization layer's shift. */
  BETA,
  /** A batch normalization running mean (not trained by gradients). */
  MOVING_MEAN,
  /** A batch normalization running variance (not trained by gradients). */
  MOVING_VARIANCE,
  /** A lookup table of token or position vectors. */
  EMBEDDING,
  /** An optimizer's state: moment estimates, momentum buffers, step counters. */
  OPTIMIZER_STATE,
  /** Anything else a model needs (for example a learned class token). */
  OTHER
}
