/**
 * A run's directory and what goes into it: the resolved configuration ({@code config.json}), the
 * metrics log ({@code metrics.jsonl}), TensorBoard scalar events, the checkpoint folder and the
 * result schema ({@code result.json}, written last); plus the versions a run records and a progress
 * display for long loops.
 */
package org.edgefilter.framework.run;
