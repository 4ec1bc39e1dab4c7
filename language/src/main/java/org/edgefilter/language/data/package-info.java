/**
 * GLUE data for the language study: the tab-separated readers for SST-2, QQP and QNLI ({@link
 * org.edgefilter.language.data.GlueReader}), the task catalogue with file layout, label names and
 * metrics ({@link org.edgefilter.language.data.GlueTask}, {@link
 * org.edgefilter.language.data.GlueMetric}) and the common {@link
 * org.edgefilter.language.data.TextExample} record every task is read into.
 */
package org.edgefilter.language.data;
