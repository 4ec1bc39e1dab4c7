package org.edgefilter.audio.data;

/** How the samples of a WAV data chunk are stored. */
public enum SampleEncoding {
  /** Linear PCM integers: unsigned for 8 bits, two's-complement signed for 16, 24 and 32 bits. */
  PCM_INTEGER,
  /** IEEE 754 floating point, 32 or 64 bits, nominal range [-1, 1]. */
  IEEE_FLOAT
}
