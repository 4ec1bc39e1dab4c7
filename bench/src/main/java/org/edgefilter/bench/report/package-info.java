/**
 * Comparison reports: a Markdown file, a self-contained HTML page (plots inlined as base64 PNG, no
 * external references) and a machine-readable {@code comparison.json}, rendered from a {@link
 * org.edgefilter.bench.compare.ComparisonSet}.
 *
 * <p>Plots come from {@link org.edgefilter.bench.report.PlotContributor}s, the extension point for
 * new kinds of figures: the defaults ({@link org.edgefilter.bench.report.PlotContributor#defaults})
 * draw arm means with CIs, per-unit grouped bars, paired differences and {@code probe/...} profiles
 * (densities, spectra).
 */
package org.edgefilter.bench.report;
