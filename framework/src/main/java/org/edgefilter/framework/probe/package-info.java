/**
 * Probes of hidden features used by every modality: feature density (the fraction of positive
 * values) and magnitude spectra (radially averaged 2D over NHWC maps, 1D along the sequence axis)
 * with the low-frequency energy fraction, to test whether the filter removed low frequencies.
 */
package org.edgefilter.framework.probe;
