/**
 * Host-side data feeding: datasets held as Java arrays, seeded per-epoch shuffling into batches,
 * and per-example augmentation hooks (random crop with padding, horizontal flip).
 *
 * <p>Everything here is plain Java and deterministic: one run seed, mixed with the epoch and the
 * batch position through {@link org.edgefilter.framework.data.Seeds}, fixes every shuffle and every
 * augmentation draw, so a run resumed from a checkpoint sees the same batches it would have seen
 * without the interruption. TensorFlow tensors are made from these arrays elsewhere ({@code
 * org.edgefilter.framework.train.Feeds}), one batch at a time.
 */
package org.edgefilter.framework.data;
