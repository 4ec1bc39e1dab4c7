/**
 * The Deep Edge Filter op: {@link org.edgefilter.framework.filter.EdgeFilter#apply} with its
 * immutable {@link org.edgefilter.framework.filter.EdgeFilterSpec} (dims, window, low-pass kind,
 * padding, mode), and {@link org.edgefilter.framework.filter.DenseEdgeFilter} for short last axes.
 *
 * <p>Shapes: a 2D spec filters H and W of NHWC {@code [batch, height, width, channels]}, a 1D spec
 * axis 1 of {@code [batch, length, channels]}; the output has the input's shape.
 *
 * <p>Ownership: the op functions add operations to the caller's graph through the {@code Ops} they
 * are given and return operands of it. They create no variables (the low-pass taps are constants,
 * never trained or checkpointed), no tensors and no sessions, so there is nothing here to close;
 * the caller's {@code Graph} and {@code Session} own everything built.
 */
package org.edgefilter.framework.filter;
