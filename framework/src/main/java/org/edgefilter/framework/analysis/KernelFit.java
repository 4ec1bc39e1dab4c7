package org.edgefilter.framework.analysis;

/**
 * The best discrete Gaussian derivative model of one kernel under the l2 criterion: {@code kernel ~
 * amplitude * model.kernel(t)}.
 *
 * @param model the derivative orders
 * @param t the fitted scale
 * @param amplitude the least-squares factor (its sign says the kernel's polarity)
 * @param relativeResidual {@code ||w - amplitude * K|| / ||w||} (0 a perfect fit, 1 no better than
 *     zero); NaN for an all-zero kernel
 */
public record KernelFit(
    DerivativeModel model, double t, double amplitude, double relativeResidual) {}
