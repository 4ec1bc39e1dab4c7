/**
 * Statistics for comparing two arms on one metric: descriptive summaries, Welch's and the paired
 * t-test, the Wilcoxon signed-rank test (exact and normal approximation), the Student-t confidence
 * intervals that match the t-tests (paired and Welch), bootstrap confidence intervals (percentile
 * and BCa), Hedges' g and Holm's step-down adjustment.
 *
 * <p>Every test returns a {@link org.edgefilter.bench.stats.TestResult} that either carries a
 * p-value the test can actually produce or says why there is none (n = 1, zero variance), so a
 * report never prints a number the data cannot support. Distributions come from Apache Commons
 * Math.
 */
package org.edgefilter.bench.stats;
