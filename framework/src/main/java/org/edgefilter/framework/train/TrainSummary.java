package org.edgefilter.framework.train;

/**
 * What {@link Trainer#fit()} returns.
 *
 * @param steps updates applied over the whole run, resumed part included
 * @param epochs epochs completed
 * @param lastLoss the loss of the last update
 * @param lastEpochMeanLoss the mean loss of the last epoch (see {@link TrainListener#onEpoch})
 * @param resumedFromStep the step the run resumed from, or -1 if it started fresh
 * @param wallSeconds time spent in this call
 */
public record TrainSummary(
    long steps,
    int epochs,
    double lastLoss,
    double lastEpochMeanLoss,
    long resumedFromStep,
    double wallSeconds) {}
