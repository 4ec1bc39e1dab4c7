package org.edgefilter.audio.model;

/**
 * Feature maps at the EdgeFilter for a batch, both {@code [batch, time, freq, channels]} row-major.
 *
 * @param batch examples
 * @param time frames at the filter's position
 * @param freq frequency bins at the filter's position
 * @param channels channels at the filter's position
 * @param input what entered the filter
 * @param output what left it
 */
public record FilterMaps(
    int batch, int time, int freq, int channels, float[] input, float[] output) {

  public FilterMaps {
    long size = (long) batch * time * freq * channels;
    if (input.length != size || output.length != size) {
      throw new IllegalArgumentException(
          "expected " + size + " values per map, got " + input.length + " and " + output.length);
    }
  }

  /** One channel of one example of {@code values} as {@code [time, freq]} row-major. */
  public float[] channel(float[] values, int example, int channel) {
    float[] out = new float[time * freq];
    for (int t = 0; t < time; t++) {
      for (int f = 0; f < freq; f++) {
        out[t * freq + f] = values[((example * time + t) * freq + f) * channels + channel];
      }
    }
    return out;
  }
}
