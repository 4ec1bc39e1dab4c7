/**
 * The {@code bench} command line ({@link org.edgefilter.bench.BenchCli}): {@code sweep}, {@code
 * collect} and {@code report}. The work is done in the sub-packages: {@code sweep} (running arms x
 * seeds), {@code collect} (reading run directories), {@code stats} (tests and intervals), {@code
 * compare} (arm comparisons and verdicts), {@code report} (Markdown, HTML, JSON, plots).
 */
package org.edgefilter.bench;
