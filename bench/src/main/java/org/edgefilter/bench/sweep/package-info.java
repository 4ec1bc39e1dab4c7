/**
 * Sweeps: the cross product of arms (named configurations) and seeds of one modality experiment,
 * each run a separate process started from a command-line template, skipped when its {@code
 * result.json} exists, run locally in parallel with progress and ETA, or emitted as a Slurm job
 * array.
 *
 * <p>The entry points are {@link org.edgefilter.bench.sweep.SweepSpec} (what to run), {@link
 * org.edgefilter.bench.sweep.SweepRunner} (run it here) and {@link
 * org.edgefilter.bench.sweep.SlurmScript} (run it on a cluster).
 */
package org.edgefilter.bench.sweep;
