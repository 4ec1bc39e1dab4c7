package org.edgefilter.framework.train;

/**
 * What one {@link UpdateStep} run returns.
 *
 * @param loss the loss before the update
 * @param outputs the extra fetches, in the order given to the step, each row-major in its shape
 */
public record StepResult(double loss, float[][] outputs) {}
