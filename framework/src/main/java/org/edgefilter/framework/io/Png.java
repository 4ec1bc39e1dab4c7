package org.edgefilter.framework.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * The project's one PNG writer: encoding, atomic PNG files (temporary file, then rename, through
 * {@link AtomicFiles}) and base64 {@code data:} URIs for self-contained HTML reports. Plots,
 * contact sheets and rendered views all write through it.
 */
public final class Png {

  /** The eight bytes every PNG file starts with (PNG specification, section 5.2). */
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private Png() {}

  /** Encodes {@code image} as PNG. */
  public static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("this Java runtime has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode PNG", e);
    }
    return out.toByteArray();
  }

  /** Writes {@code png} (encoded bytes) to {@code file} atomically. */
  public static void write(Path file, byte[] png) {
    checkSignature(png, file.toString());
    AtomicFiles.write(file, out -> out.write(png));
  }

  /** Encodes {@code image} and writes it to {@code file} atomically. */
  public static void write(Path file, BufferedImage image) {
    write(file, encode(image));
  }

  /**
   * Writes {@code image} to {@code file} atomically as an 8-bit RGB PNG, samples converted by
   * {@link RgbImage#floatToByte} (clamped to [0, 1], rounded to the nearest level).
   */
  public static void write(Path file, RgbImage image) {
    write(file, image.toBufferedImage());
  }

  /** {@code data:image/png;base64,...} for an {@code <img src=...>} in a standalone HTML file. */
  public static String dataUri(byte[] png) {
    checkSignature(png, "the given bytes");
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  /** The {@code data:} URI of the PNG file {@code file}. */
  public static String dataUri(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      checkSignature(bytes, file.toString());
      return dataUri(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Whether {@code bytes} start with the PNG signature. */
  public static boolean isPng(byte[] bytes) {
    if (bytes.length < SIGNATURE.length) {
      return false;
    }
    for (int i = 0; i < SIGNATURE.length; i++) {
      if (bytes[i] != SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  private static void checkSignature(byte[] bytes, String what) {
    if (!isPng(bytes)) {
      throw new IllegalArgumentException(what + " is not a PNG (no PNG signature)");
    }
  }
}
