/**
 * The vision study: configuration presets, data, the CIFAR-10-C set, one run (train, adapt, probe),
 * the two-arm experiment with its report, and throughput measurement.
 */
package org.edgefilter.vision.experiment;
