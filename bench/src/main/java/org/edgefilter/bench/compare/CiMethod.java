package org.edgefilter.bench.compare;

/** Which bootstrap interval a verdict quotes (both are always reported). */
public enum CiMethod {
  BCA,
  PERCENTILE
}
