/**
 * The Deep Edge Filter op: {@link org.edgefilter.framework.filter.EdgeFilter#apply} with its
 * immutable {@link org.edgefilter.framework.filter.EdgeFilterSpec} (dims, window, low-pass kind,
 * padding, mode).
 */
package org.edgefilter.framework.filter;
