/**
 * Neural-network building blocks for TensorFlow Java graph mode, NHWC layout.
 *
 * <p>A layer object holds its configuration and a {@link
 * org.edgefilter.framework.nn.ParameterScope}; {@code apply(tf, x, mode)} creates the layer's
 * variables on the first call and reuses them on later calls, so training, evaluation and
 * adaptation towers built from the same layer share weights. Every variable is a {@link
 * org.edgefilter.framework.nn.Parameter} in the model's {@link
 * org.edgefilter.framework.nn.ParameterRegistry} with a hierarchical name ({@code
 * block1/conv2/kernel}), a {@link org.edgefilter.framework.nn.Role}, a trainable flag and tags (see
 * {@link org.edgefilter.framework.nn.Tags}), so that an optimizer or a test-time adaptation method
 * can select exactly the variables it needs. Initial values are drawn in Java from the run seed and
 * the variable's name, so equal seeds give identical models.
 *
 * <p>A {@link org.edgefilter.framework.nn.Model} owns the Graph, the Session and the registry.
 * Filter kernels (package {@code filter}) are constants, never parameters.
 */
package org.edgefilter.framework.nn;
