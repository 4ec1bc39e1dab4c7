package org.edgefilter.audio.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavReaderTest {

  private static final byte[] NONE = new byte[0];

  @TempDir Path dir;

  /** Expected mono value: integers scaled by 2^-(bits-1), channels averaged. */
  private static float[] expectedMono(long[] interleaved, int channels, double scale) {
    float[] out = new float[interleaved.length / channels];
    for (int i = 0; i < out.length; i++) {
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        sum += interleaved[i * channels + c] * scale;
      }
      out[i] = (float) (sum / channels);
    }
    return out;
  }

  private Path file(String name, byte[] bytes) {
    Path f = dir.resolve(name);
    WavFiles.write(f, bytes);
    return f;
  }

  /** Reads the file and checks both decoding paths give the same samples. */
  private AudioClip readBothWays(Path f) throws Exception {
    AudioClip clip = WavReader.read(f);
    byte[] bytes = Files.readAllBytes(f);
    WavHeader header = WavHeader.parse(f, bytes);
    float[] viaJavax = WavReader.decodeWithJavaSound(f, bytes, header);
    assertNotNull(viaJavax, "OpenJDK 17's javax.sound.sampled decodes " + header.format());
    assertArrayEquals(WavReader.decodeDataChunk(bytes, header), viaJavax, 0f);
    return clip;
  }

  @Test
  void decodesUnsigned8BitMono() throws Exception {
    long[] stored = {0, 1, 127, 128, 129, 200, 255};
    AudioClip clip =
        readBothWays(
            file(
                "u8.wav",
                WavFiles.wav(WavFiles.PCM, 1, 8000, 8, WavFiles.pcmData(8, stored), false, NONE)));
    long[] centred = Arrays.stream(stored).map(v -> v - 128).toArray();
    assertArrayEquals(expectedMono(centred, 1, 1 / 128.0), clip.samples(), 0f);
    assertEquals(-1.0f, clip.samples()[0], "0 is full negative scale for unsigned 8-bit");
    assertEquals(8000, clip.sampleRate());
    assertEquals(new WavFormat(SampleEncoding.PCM_INTEGER, 8, 1, 8000, 7, false), clip.source());
  }

  @Test
  void decodes16BitStereoByAveragingChannels() throws Exception {
    long[] stored = {32767, -32768, 1000, 3000, -5, -7, 0, 16384};
    AudioClip clip =
        readBothWays(
            file(
                "s16.wav",
                WavFiles.wav(
                    WavFiles.PCM, 2, 22050, 16, WavFiles.pcmData(16, stored), false, NONE)));
    assertArrayEquals(expectedMono(stored, 2, 1 / 32768.0), clip.samples(), 0f);
    assertEquals(2000 / 32768f, clip.samples()[1], 0f);
    assertEquals(22050, clip.sampleRate());
    assertEquals(2, clip.source().channels());
  }

  @Test
  void decodes24BitWithSignExtension() throws Exception {
    long[] stored = {-8388608, 8388607, -1, 0, 123456, -654321};
    AudioClip clip =
        readBothWays(
            file(
                "s24.wav",
                WavFiles.wav(
                    WavFiles.PCM, 1, 44100, 24, WavFiles.pcmData(24, stored), false, NONE)));
    assertArrayEquals(expectedMono(stored, 1, 1 / 8388608.0), clip.samples(), 0f);
    assertEquals(-1.0f, clip.samples()[0], 0f);
    assertEquals(44100, clip.sampleRate());
  }

  @Test
  void decodes32BitIntegers() throws Exception {
    long[] stored = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 1 << 30};
    AudioClip clip =
        readBothWays(
            file(
                "s32.wav",
                WavFiles.wav(
                    WavFiles.PCM, 1, 48000, 32, WavFiles.pcmData(32, stored), false, NONE)));
    assertArrayEquals(expectedMono(stored, 1, 1 / 2147483648.0), clip.samples(), 0f);
    assertEquals(0.5f, clip.samples()[3], 0f);
  }

  @Test
  void decodesFloat32AndFloat64WithoutClipping() throws Exception {
    float[] values = {0.25f, -1.0f, 1.5f, 0f, -0.123456f};
    AudioClip f32 =
        readBothWays(
            file(
                "f32.wav",
                WavFiles.wav(
                    WavFiles.IEEE_FLOAT, 1, 16000, 32, WavFiles.float32Data(values), false, NONE)));
    assertArrayEquals(values, f32.samples(), 0f);
    assertEquals(SampleEncoding.IEEE_FLOAT, f32.source().encoding());

    double[] doubles = {0.5, -0.75, 1e-3};
    AudioClip f64 =
        readBothWays(
            file(
                "f64.wav",
                WavFiles.wav(
                    WavFiles.IEEE_FLOAT,
                    1,
                    16000,
                    64,
                    WavFiles.float64Data(doubles),
                    false,
                    NONE)));
    assertArrayEquals(new float[] {0.5f, -0.75f, 1e-3f}, f64.samples(), 0f);
  }

  @Test
  void decodesWaveFormatExtensiblePcmAndFloat() throws Exception {
    long[] stored = {8388607, -8388608, 100, 300, -4, 4};
    AudioClip pcm =
        readBothWays(
            file(
                "ext24.wav",
                WavFiles.wav(
                    WavFiles.PCM, 2, 96000, 24, WavFiles.pcmData(24, stored), true, NONE)));
    assertArrayEquals(expectedMono(stored, 2, 1 / 8388608.0), pcm.samples(), 0f);
    assertTrue(pcm.source().extensible());
    assertEquals(96000, pcm.sampleRate());

    float[] threeChannels = {0.3f, 0.6f, 0.9f, -0.3f, 0f, 0.3f};
    AudioClip flt =
        readBothWays(
            file(
                "extf32.wav",
                WavFiles.wav(
                    WavFiles.IEEE_FLOAT,
                    3,
                    11025,
                    32,
                    WavFiles.float32Data(threeChannels),
                    true,
                    NONE)));
    assertEquals(2, flt.samples().length);
    assertEquals((0.3f + 0.6f + 0.9f) / 3, flt.samples()[0], 1e-7);
    assertEquals(0f, flt.samples()[1], 1e-7);
  }

  @Test
  void skipsUnknownChunksIncludingOddSizedOnes() throws Exception {
    byte[] list = WavFiles.chunk("LIST", "INFOabc".getBytes());
    long[] stored = {1, -2, 3};
    AudioClip clip =
        readBothWays(
            file(
                "list.wav",
                WavFiles.wav(
                    WavFiles.PCM, 1, 8000, 16, WavFiles.pcmData(16, stored), false, list)));
    assertArrayEquals(expectedMono(stored, 1, 1 / 32768.0), clip.samples(), 0f);
  }

  @Test
  void ignoresChunksAfterDataAndThePadByteOfAnOddDataChunk() throws Exception {
    long[] stored = {128, 255, 0};
    byte[] wav = WavFiles.wav(WavFiles.PCM, 1, 8000, 8, WavFiles.pcmData(8, stored), false, NONE);
    byte[] trailer =
        WavFiles.chunk("LIST", "INFOISFT\u0005\u0000\u0000\u0000tool\u0000\u0000".getBytes());
    byte[] bytes = Arrays.copyOf(wav, wav.length + trailer.length);
    System.arraycopy(trailer, 0, bytes, wav.length, trailer.length);
    java.nio.ByteBuffer.wrap(bytes)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putInt(4, bytes.length - 8);
    AudioClip clip = readBothWays(file("trailer.wav", bytes));
    assertArrayEquals(new float[] {0f, 127 / 128f, -1f}, clip.samples(), 0f);
  }

  @Test
  void resamplesWhileReading() {
    Path f = dir.resolve("tone.wav");
    WavFiles.writeMono16(f, 16000, WavFiles.sine(440, 0.5, 16000, 16000));
    AudioClip clip = WavReader.read(f, Resampler.create(16000, 8000));
    assertEquals(8000, clip.sampleRate());
    assertEquals(8000, clip.samples().length);
    assertEquals(16000, clip.source().sampleRate());
    IllegalArgumentException wrongRate =
        assertThrows(
            IllegalArgumentException.class, () -> WavReader.read(f, Resampler.create(44100, 8000)));
    assertTrue(wrongRate.getMessage().contains(f.toString()), wrongRate.getMessage());
  }

  private WavFormatException rejects(Path f, String... fragments) {
    WavFormatException e = assertThrows(WavFormatException.class, () -> WavReader.read(f));
    assertEquals(f, e.file());
    assertTrue(e.getMessage().startsWith(f.toString()), "names the file: " + e.getMessage());
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' in: " + e.getMessage());
    }
    return e;
  }

  @Test
  void compressedFormatsAreRejectedByName() {
    rejects(
        file("adpcm.wav", WavFiles.wav(0x0002, 1, 8000, 4, new byte[64], false, NONE)),
        "compressed",
        "0x0002",
        "Microsoft ADPCM");
    rejects(
        file("alaw.wav", WavFiles.wav(0x0006, 1, 8000, 8, new byte[64], false, NONE)),
        "0x0006",
        "A-law");
    rejects(
        file("mp3.wav", WavFiles.wav(0x0055, 2, 44100, 0, new byte[64], false, NONE)),
        "0x0055",
        "MP3");
    rejects(
        file("ext-adpcm.wav", WavFiles.wav(0x0011, 1, 8000, 4, new byte[64], true, NONE)),
        "0x0011",
        "IMA ADPCM",
        "WAVE_FORMAT_EXTENSIBLE");
  }

  @Test
  void malformedFilesAreRejectedWithTheProblem() throws Exception {
    byte[] good = WavFiles.wav(WavFiles.PCM, 1, 8000, 16, new byte[400], false, NONE);
    rejects(file("truncated.wav", Arrays.copyOf(good, 200)), "truncated", "400 bytes");
    rejects(file("text.wav", "this is not audio at all".getBytes()), "not a WAV file", "RIFF");
    rejects(file("tiny.wav", new byte[] {'R', 'I', 'F', 'F'}), "not a WAV file");
    rejects(file("empty.wav", new byte[0]), "not a WAV file");
    rejects(
        file("bits12.wav", WavFiles.wav(WavFiles.PCM, 1, 8000, 12, new byte[8], false, NONE)),
        "12 bits");
    rejects(
        file(
            "float16.wav",
            WavFiles.wav(WavFiles.IEEE_FLOAT, 1, 8000, 16, new byte[8], false, NONE)),
        "16 bits");

    byte[] noData = Arrays.copyOf(good, 12 + 8 + 16);
    rejects(file("nodata.wav", noData), "no 'data' chunk");

    byte[] rifx = good.clone();
    rifx[3] = 'X';
    rejects(file("rifx.wav", rifx), "RIFX");

    byte[] badAlign = good.clone();
    badAlign[12 + 8 + 12] = 3;
    rejects(file("align.wav", badAlign), "block align 3");
  }

  @Test
  void missingFileIsAnIoErrorNamingIt() {
    Path missing = dir.resolve("nowhere.wav");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> WavReader.read(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertFalse(Files.exists(missing));
  }
}
