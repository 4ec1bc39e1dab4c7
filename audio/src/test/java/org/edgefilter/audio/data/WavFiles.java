package org.edgefilter.audio.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A RIFF/WAVE writer for test fixtures, written from the format description (Microsoft RIFF
 * specification and the WAVE_FORMAT_EXTENSIBLE addendum), independent of the reader under test.
 */
public final class WavFiles {

  public static final int PCM = 0x0001;
  public static final int IEEE_FLOAT = 0x0003;

  private WavFiles() {}

  /**
   * A complete WAV file.
   *
   * @param tag the format tag (or the sub-format tag when {@code extensible})
   * @param data the data chunk payload
   * @param before extra chunks placed between "WAVE" and "fmt " (already framed), or empty
   */
  public static byte[] wav(
      int tag,
      int channels,
      int sampleRate,
      int bits,
      byte[] data,
      boolean extensible,
      byte[] before) {
    int blockAlign = channels * bits / 8;
    ByteBuffer fmt = ByteBuffer.allocate(extensible ? 40 : 16).order(ByteOrder.LITTLE_ENDIAN);
    fmt.putShort((short) (extensible ? 0xFFFE : tag));
    fmt.putShort((short) channels);
    fmt.putInt(sampleRate);
    fmt.putInt(sampleRate * blockAlign);
    fmt.putShort((short) blockAlign);
    fmt.putShort((short) bits);
    if (extensible) {
      fmt.putShort((short) 22);
      fmt.putShort((short) bits);
      fmt.putInt(channels == 2 ? 0x3 : 0x4);
      // KSDATAFORMAT_SUBTYPE_xxx = {tag-0000-0010-8000-00AA00389B71}
      fmt.putInt(tag);
      fmt.putShort((short) 0x0000);
      fmt.putShort((short) 0x0010);
      fmt.put(new byte[] {(byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71});
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(ascii("WAVE"));
    body.writeBytes(before);
    body.writeBytes(chunk("fmt ", fmt.array()));
    body.writeBytes(chunk("data", data));
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(ascii("RIFF"));
    file.writeBytes(le32(body.size()));
    file.writeBytes(body.toByteArray());
    return file.toByteArray();
  }

  /** A framed chunk: id, little-endian size, payload, pad byte when the size is odd. */
  public static byte[] chunk(String id, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii(id));
    out.writeBytes(le32(payload.length));
    out.writeBytes(payload);
    if (payload.length % 2 == 1) {
      out.write(0);
    }
    return out.toByteArray();
  }

  /**
   * Little-endian integer samples of {@code bits} bits. For 8 bits the values are written as stored
   * in WAV: unsigned, 128 = zero, so pass {@code value + 128}.
   */
  public static byte[] pcmData(int bits, long[] interleaved) {
    int bytes = bits / 8;
    byte[] out = new byte[interleaved.length * bytes];
    for (int i = 0; i < interleaved.length; i++) {
      for (int k = 0; k < bytes; k++) {
        out[i * bytes + k] = (byte) (interleaved[i] >> (8 * k));
      }
    }
    return out;
  }

  public static byte[] float32Data(float[] interleaved) {
    ByteBuffer b = ByteBuffer.allocate(interleaved.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : interleaved) {
      b.putFloat(v);
    }
    return b.array();
  }

  public static byte[] float64Data(double[] interleaved) {
    ByteBuffer b = ByteBuffer.allocate(interleaved.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (double v : interleaved) {
      b.putDouble(v);
    }
    return b.array();
  }

  /** Writes a mono 16-bit PCM file of {@code samples} in [-1, 1] (rounded to 1/32767 steps). */
  public static void writeMono16(Path file, int sampleRate, float[] samples) {
    long[] q = new long[samples.length];
    for (int i = 0; i < samples.length; i++) {
      q[i] = Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767);
    }
    write(file, wav(PCM, 1, sampleRate, 16, pcmData(16, q), false, new byte[0]));
  }

  /** Writes a 32-bit float file with {@code channels} interleaved channels. */
  public static void writeFloat32(Path file, int sampleRate, int channels, float[] interleaved) {
    write(
        file,
        wav(IEEE_FLOAT, channels, sampleRate, 32, float32Data(interleaved), false, new byte[0]));
  }

  public static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sine of {@code hz} with amplitude {@code amplitude}, {@code n} samples at {@code rate}. */
  public static float[] sine(double hz, double amplitude, int rate, int n) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return x;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] le32(int v) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
  }
}
