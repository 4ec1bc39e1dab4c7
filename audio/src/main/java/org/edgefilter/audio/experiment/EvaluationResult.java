package org.edgefilter.audio.experiment;

import java.util.Map;

/**
 * What {@link Evaluation#run} measured on a finished run's checkpoints.
 *
 * @param metrics the same names as the run's {@code result.json} ({@code acc}, or {@code
 *     fold<k>/acc} and {@code mean_acc})
 * @param confusion {@code [true class][predicted class]} counts summed over the rounds
 * @param complete whether every round's checkpoint had finished its last epoch
 */
public record EvaluationResult(Map<String, Double> metrics, long[][] confusion, boolean complete) {}
