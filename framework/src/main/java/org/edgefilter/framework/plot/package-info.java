/**
 * Plots as PNG files for reports, rendered headless: line, grouped bar (with error bars), scatter
 * and categorical dot charts (XChart), image grids of float images with row and column labels
 * (plain AWT), and base64 {@code data:} URIs to embed PNGs in HTML.
 */
package org.edgefilter.framework.plot;
