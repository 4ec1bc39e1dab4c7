/**
 * The few-shot NeRF study: configurations and presets ({@link
 * org.edgefilter.nerf.experiment.NerfConfig}, {@link org.edgefilter.nerf.experiment.NerfPresets}),
 * training one arm in its run directory with the framework trainer and evaluating it on the test
 * views ({@link org.edgefilter.nerf.experiment.NerfRun}, {@link
 * org.edgefilter.nerf.experiment.Evaluation}), the two-arm experiment with its side-by-side image
 * ({@link org.edgefilter.nerf.experiment.NerfExperiment}), and reopening a trained run ({@link
 * org.edgefilter.nerf.experiment.TrainedRun}).
 */
package org.edgefilter.nerf.experiment;
