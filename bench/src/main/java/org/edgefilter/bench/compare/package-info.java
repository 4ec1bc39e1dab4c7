/**
 * Comparing arms: for every task, every non-baseline arm against the baseline arm on every metric,
 * paired by seed when the arms share seeds (else unpaired), and on metric families such as {@code
 * tent/<corruption>/5} paired by the varying entry (the corruption); bootstrap CIs, t-tests,
 * Wilcoxon, Hedges' g, Holm-adjusted p-values over all comparisons, and a plain-words verdict. The
 * result, a {@link org.edgefilter.bench.compare.ComparisonSet}, is what reports render.
 */
package org.edgefilter.bench.compare;
