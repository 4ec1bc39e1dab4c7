/**
 * The language study's runs: configurations and presets ({@link
 * org.edgefilter.language.experiment.LanguageConfig}, {@link
 * org.edgefilter.language.experiment.LanguagePresets}), data preparation (a WordPiece vocabulary
 * trained on the task's training split, encoded splits), one arm trained and evaluated in its run
 * directory ({@link org.edgefilter.language.experiment.TrainingRun}), the baseline-versus-filter
 * experiment ({@link org.edgefilter.language.experiment.LanguageExperiment}) and trained runs read
 * back for evaluation ({@link org.edgefilter.language.experiment.SavedRun}).
 */
package org.edgefilter.language.experiment;
