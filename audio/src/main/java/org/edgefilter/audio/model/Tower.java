package org.edgefilter.audio.model;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The endpoints of one tower of the {@link AudioCnn}.
 *
 * @param logits {@code [batch, classes]}
 * @param filterInput the feature map entering the EdgeFilter, {@code [batch, time', freq',
 *     channels']} (the log-mel input itself at position 0)
 * @param filterOutput the EdgeFilter's output, same shape as {@code filterInput}
 */
public record Tower(
    Operand<TFloat32> logits, Operand<TFloat32> filterInput, Operand<TFloat32> filterOutput) {}
