/**
 * Reading a runs directory: every {@code result.json} under it, grouped by task
 * (modality/experiment), arm and seed, checked for duplicates and inconsistent metric directions;
 * and {@code bench collect}'s completeness summary and long-format CSV.
 */
package org.edgefilter.bench.collect;
