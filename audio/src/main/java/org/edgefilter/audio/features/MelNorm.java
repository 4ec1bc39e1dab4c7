package org.edgefilter.audio.features;

/** How the triangular mel filters are scaled. */
public enum MelNorm {
  /**
   * Area normalization (librosa's default norm='slaney'): filter i is divided by half its width,
   * multiplied by 2 / (f[i+2] - f[i]), so each band carries roughly constant energy.
   */
  SLANEY,
  /** Triangles peak at 1. */
  NONE
}
