package org.edgefilter.audio.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The RIFF/WAVE chunk structure of a file held in memory: where the data chunk is and what its fmt
 * chunk says. Validates everything a decoder relies on and rejects compressed formats by name.
 *
 * <p>Layout (Microsoft "Multimedia Programming Interface and Data Specifications 1.0", 1991, and
 * the WAVE_FORMAT_EXTENSIBLE addendum): "RIFF", u32 size, "WAVE", then chunks of a 4-byte id, a u32
 * little-endian payload size and the payload, padded to an even length. The fmt payload is u16
 * format tag, u16 channels, u32 sample rate, u32 byte rate, u16 block align, u16 bits per sample;
 * for tag 0xFFFE it continues with u16 extension size (22), u16 valid bits, u32 channel mask and a
 * 16-byte sub-format GUID whose first two bytes carry the real tag.
 */
record WavHeader(WavFormat format, int dataOffset, long dataBytes) {

  static final int TAG_PCM = 0x0001;
  static final int TAG_IEEE_FLOAT = 0x0003;
  static final int TAG_EXTENSIBLE = 0xFFFE;

  /**
   * Bytes 4..15 of KSDATAFORMAT_SUBTYPE_PCM / _IEEE_FLOAT: {xxxxxxxx-0000-0010-8000-00AA00389B71}.
   */
  private static final byte[] GUID_TAIL = {
    0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71
  };

  /** Registered names of common compressed tags (RFC 2361 lists the WAVE format registry). */
  private static final Map<Integer, String> COMPRESSED =
      Map.of(
          0x0002, "Microsoft ADPCM",
          0x0006, "ITU G.711 A-law",
          0x0007, "ITU G.711 mu-law",
          0x0011, "IMA ADPCM",
          0x0031, "GSM 6.10",
          0x0050, "MPEG",
          0x0055, "MPEG Layer 3 (MP3)",
          0x0161, "Windows Media Audio",
          0x2000, "Dolby AC-3");

  static WavHeader parse(Path file, byte[] bytes) {
    if (bytes.length < 12) {
      throw new WavFormatException(
          file,
          "not a WAV file: " + bytes.length + " bytes, expected at least a 12-byte RIFF header");
    }
    String riff = ascii(bytes, 0);
    if (riff.equals("RIFX") || riff.equals("RF64")) {
      throw new WavFormatException(
          file, riff + " container is not supported; expected a little-endian RIFF WAVE file");
    }
    if (!riff.equals("RIFF") || !ascii(bytes, 8).equals("WAVE")) {
      throw new WavFormatException(
          file,
          "not a WAV file: expected 'RIFF' at byte 0 and 'WAVE' at byte 8, found '"
              + printable(riff)
              + "' and '"
              + printable(ascii(bytes, 8))
              + "'");
    }
    int fmtOffset = -1;
    int fmtSize = 0;
    int dataOffset = -1;
    long dataSize = 0;
    int pos = 12;
    while (pos + 8 <= bytes.length && (fmtOffset < 0 || dataOffset < 0)) {
      String id = ascii(bytes, pos);
      long size = u32(bytes, pos + 4);
      int payload = pos + 8;
      long remaining = bytes.length - (long) payload;
      if (id.equals("data")) {
        if (size > remaining) {
          throw new WavFormatException(
              file,
              "truncated: the data chunk at byte "
                  + pos
                  + " declares "
                  + size
                  + " bytes but only "
                  + remaining
                  + " follow");
        }
        dataOffset = payload;
        dataSize = size;
      } else if (size > remaining) {
        throw new WavFormatException(
            file,
            "malformed: chunk '"
                + printable(id)
                + "' at byte "
                + pos
                + " declares "
                + size
                + " bytes but only "
                + remaining
                + " follow");
      } else if (id.equals("fmt ")) {
        fmtOffset = payload;
        fmtSize = (int) size;
      }
      pos = (int) Math.min(Integer.MAX_VALUE, payload + size + (size & 1));
    }
    if (fmtOffset < 0) {
      throw new WavFormatException(file, "malformed: no 'fmt ' chunk before the end of the file");
    }
    if (dataOffset < 0) {
      throw new WavFormatException(file, "malformed: no 'data' chunk before the end of the file");
    }
    WavFormat format = parseFmt(file, bytes, fmtOffset, fmtSize, dataSize);
    return new WavHeader(format, dataOffset, format.frames() * format.blockAlign());
  }

  private static WavFormat parseFmt(Path file, byte[] b, int off, int size, long dataSize) {
    if (size < 16) {
      throw new WavFormatException(
          file, "malformed: 'fmt ' chunk has " + size + " bytes, expected at least 16");
    }
    int tag = u16(b, off);
    int channels = u16(b, off + 2);
    long sampleRate = u32(b, off + 4);
    int blockAlign = u16(b, off + 12);
    int bits = u16(b, off + 14);
    boolean extensible = tag == TAG_EXTENSIBLE;
    if (extensible) {
      if (size < 40 || u16(b, off + 16) < 22) {
        throw new WavFormatException(
            file,
            "malformed: WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk has "
                + size
                + " bytes, expected 40 with a 22-byte extension");
      }
      for (int i = 0; i < GUID_TAIL.length; i++) {
        if (b[off + 28 + i] != GUID_TAIL[i]) {
          throw new WavFormatException(
              file,
              "unsupported WAVE_FORMAT_EXTENSIBLE sub-format GUID (not a registered"
                  + " WAVE format tag); supported: PCM and IEEE float");
        }
      }
      tag = u16(b, off + 24);
    }
    SampleEncoding encoding;
    if (tag == TAG_PCM) {
      encoding = SampleEncoding.PCM_INTEGER;
      if (bits != 8 && bits != 16 && bits != 24 && bits != 32) {
        throw new WavFormatException(
            file, "unsupported PCM sample size " + bits + " bits; supported: 8, 16, 24, 32");
      }
    } else if (tag == TAG_IEEE_FLOAT) {
      encoding = SampleEncoding.IEEE_FLOAT;
      if (bits != 32 && bits != 64) {
        throw new WavFormatException(
            file, "unsupported IEEE float sample size " + bits + " bits; supported: 32, 64");
      }
    } else {
      String name = COMPRESSED.getOrDefault(tag, "unknown");
      throw new WavFormatException(
          file,
          String.format(
              "compressed or unsupported WAV format tag 0x%04X (%s)%s; supported: PCM integer"
                  + " 8/16/24/32-bit and IEEE float 32/64-bit, plain or WAVE_FORMAT_EXTENSIBLE",
              tag, name, extensible ? " inside WAVE_FORMAT_EXTENSIBLE" : ""));
    }
    if (channels < 1) {
      throw new WavFormatException(file, "malformed: 'fmt ' chunk declares 0 channels");
    }
    if (sampleRate < 1 || sampleRate > Integer.MAX_VALUE) {
      throw new WavFormatException(file, "malformed: sample rate " + sampleRate + " Hz");
    }
    if (blockAlign != channels * bits / 8) {
      throw new WavFormatException(
          file,
          "malformed: block align "
              + blockAlign
              + " bytes, expected channels x bytes per"
              + " sample = "
              + channels * bits / 8);
    }
    // A partial last frame (seen in some writers' output) is dropped, not an error.
    long frames = dataSize / blockAlign;
    return new WavFormat(encoding, bits, channels, (int) sampleRate, frames, extensible);
  }

  private static String ascii(byte[] b, int off) {
    return new String(b, off, 4, StandardCharsets.ISO_8859_1);
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\x%02X", (int) c));
    }
    return out.toString();
  }

  private static int u16(byte[] b, int off) {
    return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int off) {
    return (b[off] & 0xFFL)
        | (b[off + 1] & 0xFFL) << 8
        | (b[off + 2] & 0xFFL) << 16
        | (b[off + 3] & 0xFFL) << 24;
  }
}
