/**
 * The training engine: gradient steps over selected parameters, optimizers, learning-rate
 * schedules, gradient clipping, feeds, checkpoints and the epoch loop.
 *
 * <ul>
 *   <li>{@link org.edgefilter.framework.train.UpdateStep}: one compiled gradient step (a training
 *       step, or a test-time adaptation step over a few selected parameters); gradients come from
 *       {@code Graph.addGradients} over exactly the selected variables.
 *   <li>{@link org.edgefilter.framework.train.EvalStep}: fetches outputs without changing anything.
 *   <li>{@link org.edgefilter.framework.train.Optimizer}: {@link
 *       org.edgefilter.framework.train.Sgd} (momentum, Nesterov, coupled L2) and {@link
 *       org.edgefilter.framework.train.Adam} (with decoupled weight decay, AdamW), written with
 *       plain ops on the variables.
 *   <li>{@link org.edgefilter.framework.train.LearningRateSchedule}: pure functions step to rate,
 *       fed to the graph as a scalar every step.
 *   <li>{@link org.edgefilter.framework.train.Trainer}: epochs of seeded batches, listeners, atomic
 *       checkpoints through {@link org.edgefilter.framework.train.CheckpointStore}, resume after a
 *       kill with the same batch sequence, and a stop on a non-finite loss.
 * </ul>
 */
package org.edgefilter.framework.train;
