package org.edgefilter.nerf.model;

/**
 * Which axis of a hidden activation the 1D EdgeFilter runs along inside the NeRF MLP.
 *
 * <p>The MLP sees a batch of N rays with S samples each as rows {@code h [N*S, width]}. The paper
 * puts a 1D filter into the MLP of its few-shot NeRF but its released code covers only the vision
 * experiment, and no text we could find states the axis. {@link #FEATURES} is the default: a
 * drop-in layer in a NeRF MLP (which the NeRF code calls on flattened, chunked points) sees only
 * {@code [points, width]}, so a 1D filter there can only run along the width; it also keeps the
 * field a function of each point alone, so a rendering does not depend on how densely a ray was
 * sampled. {@link #SAMPLES} is offered to test the other reading, the analogue of the paper's
 * filter along ViT and BERT tokens (a ray's samples as the sequence).
 */
public enum FilterAxis {
  /**
   * Along the hidden-feature axis of each sample: {@code [N*S, width]} viewed as {@code [N*S,
   * width, 1]}; one channel, a sequence of {@code width} values per sample.
   */
  FEATURES,
  /**
   * Along the samples of each ray: {@code [N, S, width]}; each hidden unit is filtered over the S
   * samples of its ray (sorted by depth), independently of the other units.
   */
  SAMPLES
}
