package org.edgefilter.language.model;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The graph inputs of a batch of sequences; B and L may be unknown at graph-build time.
 *
 * @param inputIds {@code [B, L]} token ids
 * @param segmentIds {@code [B, L]} 0 or 1
 * @param attentionMask {@code [B, L]} 1 for real tokens, 0 for padding
 */
public record TokenInputs(
    Operand<TInt32> inputIds, Operand<TInt32> segmentIds, Operand<TFloat32> attentionMask) {}
