package org.edgefilter.audio.data;

/**
 * The stored format of a decoded WAV file.
 *
 * @param encoding integer PCM or IEEE float
 * @param bitsPerSample bits of one sample of one channel in the data chunk (8, 16, 24, 32 or 64)
 * @param channels channels interleaved in the data chunk, before mixing down
 * @param sampleRate frames per second
 * @param frames number of frames (samples per channel) in the data chunk
 * @param extensible whether the fmt chunk used WAVE_FORMAT_EXTENSIBLE (tag 0xFFFE)
 */
public record WavFormat(
    SampleEncoding encoding,
    int bitsPerSample,
    int channels,
    int sampleRate,
    long frames,
    boolean extensible) {

  /** Bytes of one frame: one sample of every channel. */
  public int blockAlign() {
    return channels * bitsPerSample / 8;
  }
}
