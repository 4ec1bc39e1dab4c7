package org.edgefilter.audio.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Reads WAV files into mono float waveforms.
 *
 * <p>Supported: PCM integer 8 (unsigned), 16, 24 and 32 bits; IEEE float 32 and 64 bits; either as
 * a plain fmt chunk or as WAVE_FORMAT_EXTENSIBLE; any number of channels (averaged to mono) and any
 * sample rate. Anything else, including compressed formats (ADPCM, A-law, mu-law, MP3, ...),
 * truncated files and files that are not RIFF/WAVE, fails with a {@link WavFormatException} that
 * names the file and what was expected.
 *
 * <p>The chunk structure is always validated by our own RIFF parser ({@link WavHeader}), which is
 * what produces the precise errors. The container is then decoded by {@code javax.sound.sampled}
 * (OpenJDK 17's WAV readers handle every supported format above, including 24-bit, float and
 * extensible); if it cannot decode a file our parser accepted, or reads it differently, the samples
 * are taken from the data chunk our parser located. Sample conversion and mixing are ours.
 */
public final class WavReader {

  private WavReader() {}

  /**
   * Decodes {@code file} at its own sample rate.
   *
   * @return a clip whose samples have shape {@code [frames]}
   * @throws WavFormatException if the file is not a supported WAV file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static AudioClip read(Path file) {
    byte[] bytes = readBytes(file);
    WavHeader header = WavHeader.parse(file, bytes);
    float[] samples = decodeWithJavaSound(file, bytes, header);
    if (samples == null) {
      samples = decodeDataChunk(bytes, header);
    }
    return new AudioClip(samples, header.format().sampleRate(), header.format());
  }

  /**
   * Decodes {@code file} and resamples it to {@code resampler.toRate()}.
   *
   * @throws IllegalArgumentException if the file's rate is not {@code resampler.fromRate()}
   */
  public static AudioClip read(Path file, Resampler resampler) {
    AudioClip clip = read(file);
    if (clip.sampleRate() != resampler.fromRate()) {
      throw new IllegalArgumentException(
          file
              + ": sample rate "
              + clip.sampleRate()
              + " Hz, but the resampler expects "
              + resampler.fromRate()
              + " Hz");
    }
    return clip.resampled(resampler);
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("WAV file not found: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read WAV file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The samples as decoded by javax.sound.sampled, or null where it cannot decode the stream or its
   * reading disagrees with the validated header.
   */
  static float[] decodeWithJavaSound(Path file, byte[] bytes, WavHeader header) {
    WavFormat expected = header.format();
    try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(bytes))) {
      AudioFormat af = in.getFormat();
      if (!agrees(af, expected)) {
        return null;
      }
      byte[] data = in.readAllBytes();
      long expectedBytes = expected.frames() * expected.blockAlign();
      if (data.length < expectedBytes) {
        // The header parser already checked the chunk is complete, so this is javax's limit.
        return null;
      }
      boolean signed8 = af.getEncoding() == AudioFormat.Encoding.PCM_SIGNED;
      return SampleConverter.toMono(
          data,
          0,
          expected.frames(),
          expected.channels(),
          expected.bitsPerSample(),
          expected.encoding(),
          af.isBigEndian(),
          signed8);
    } catch (UnsupportedAudioFileException e) {
      return null;
    } catch (IOException e) {
      throw new WavFormatException(file, "could not decode: " + e.getMessage(), e);
    }
  }

  /** The samples taken straight from the data chunk located by our RIFF parser. */
  static float[] decodeDataChunk(byte[] bytes, WavHeader header) {
    WavFormat f = header.format();
    return SampleConverter.toMono(
        bytes,
        header.dataOffset(),
        f.frames(),
        f.channels(),
        f.bitsPerSample(),
        f.encoding(),
        false,
        false);
  }

  private static boolean agrees(AudioFormat af, WavFormat expected) {
    AudioFormat.Encoding enc = af.getEncoding();
    boolean encodingMatches =
        expected.encoding() == SampleEncoding.IEEE_FLOAT
            ? enc == AudioFormat.Encoding.PCM_FLOAT
            : enc == AudioFormat.Encoding.PCM_SIGNED || enc == AudioFormat.Encoding.PCM_UNSIGNED;
    return encodingMatches
        && af.getChannels() == expected.channels()
        && af.getSampleSizeInBits() == expected.bitsPerSample()
        && Math.round(af.getSampleRate()) == expected.sampleRate()
        && af.getFrameSize() == expected.blockAlign();
  }
}
