/**
 * Ablations: a sweep over filter factors (kernel size, position, low-pass kind, padding, mode) with
 * one shared baseline arm, defined in a file ({@link AblationSpec}), run as a sweep and reported
 * per factor with the paired comparison of every level against the baseline, Holm-adjusted within
 * the ablation.
 */
package org.edgefilter.bench.ablation;
