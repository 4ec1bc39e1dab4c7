package org.edgefilter.audio.data;

/** Interleaved sample bytes to a mono float waveform. */
final class SampleConverter {

  private SampleConverter() {}

  /**
   * Converts {@code frames} interleaved frames starting at {@code offset} and averages channels.
   * Integers are scaled by 1 / 2^(bits-1), so full scale maps to [-1, 1); 8-bit WAV data is
   * unsigned with 128 as zero unless {@code signed8}.
   *
   * @return shape {@code [frames]}
   */
  static float[] toMono(
      byte[] b,
      int offset,
      long frames,
      int channels,
      int bits,
      SampleEncoding encoding,
      boolean bigEndian,
      boolean signed8) {
    if (frames > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(frames + " frames do not fit in one Java array");
    }
    int n = (int) frames;
    int bytesPerSample = bits / 8;
    float[] out = new float[n];
    double intScale = 1.0 / Math.pow(2, bits - 1);
    int pos = offset;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        long raw = 0;
        for (int k = 0; k < bytesPerSample; k++) {
          int shift = 8 * (bigEndian ? bytesPerSample - 1 - k : k);
          raw |= (b[pos + k] & 0xFFL) << shift;
        }
        pos += bytesPerSample;
        double value;
        if (encoding == SampleEncoding.IEEE_FLOAT) {
          value = bits == 32 ? Float.intBitsToFloat((int) raw) : Double.longBitsToDouble(raw);
        } else if (bits == 8 && !signed8) {
          value = (raw - 128) * intScale;
        } else {
          long signExtended = (raw << (64 - bits)) >> (64 - bits);
          value = signExtended * intScale;
        }
        sum += value;
      }
      out[i] = (float) (sum / channels);
    }
    return out;
  }
}
