package org.edgefilter.vision.corrupt;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGQTable;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.vision.data.ImageCodec;
import org.w3c.dom.NodeList;

/**
 * JPEG compression as Pillow's {@code save('JPEG', quality=q)} then decode, with ImageIO.
 *
 * <p>Pillow calls libjpeg's {@code jpeg_set_quality(q, force_baseline=TRUE)}: the IJG example
 * tables (ITU T.81 Annex K, tables K.1 and K.2) scaled by {@code sf = q < 50 ? 5000 / q : 200 - 2q}
 * as {@code clamp((base * sf + 50) / 100, 1, 255)} in integer arithmetic; baseline, 4:2:0 chroma
 * subsampling, JFIF YCbCr, the standard Huffman tables. Those tables are built here and put into
 * the quantization-table nodes of ImageIO's default JPEG metadata (which already has 2x2 luma
 * sampling, i.e. 4:2:0, and the standard Huffman tables); {@code setCompressionQuality} is not used
 * because it scales the tables in floating point and can be off by one at rounding ties.
 *
 * <p>Differences from Pillow's encoder: ImageIO embeds IJG libjpeg 6b, Pillow wheels libjpeg-turbo;
 * both use the ISLOW DCT, the same colour conversion and the same chroma downsampling, and decode
 * with "fancy" (triangular) chroma upsampling, so results agree up to rare off-by-one values from
 * decoder details (shared/corruptions.md, jpeg_compression).
 */
final class JpegRoundTrip {

  private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";

  /** IJG luminance table (ITU T.81, K.1), natural (row-major) order. */
  static final int[] LUMINANCE = {
    16, 11, 10, 16, 24, 40, 51, 61,
    12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56,
    14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77,
    24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101,
    72, 92, 95, 98, 112, 100, 103, 99
  };

  /** IJG chrominance table (ITU T.81, K.2), natural order. */
  static final int[] CHROMINANCE = {
    17, 18, 24, 47, 99, 99, 99, 99,
    18, 21, 26, 66, 99, 99, 99, 99,
    24, 26, 56, 99, 99, 99, 99, 99,
    47, 66, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99
  };

  private JpegRoundTrip() {}

  /** libjpeg's {@code jpeg_quality_scaling} followed by baseline clamping of one table. */
  static int[] scaledTable(int[] base, int quality) {
    int q = Math.min(100, Math.max(1, quality));
    int sf = q < 50 ? 5000 / q : 200 - 2 * q;
    int[] out = new int[64];
    for (int i = 0; i < 64; i++) {
      int v = (base[i] * sf + 50) / 100;
      out[i] = Math.min(255, Math.max(1, v));
    }
    return out;
  }

  /** The JPEG file bytes for an {@code [h, w, 3]} image at IJG quality {@code quality}. */
  static byte[] encode(byte[] hwc, int h, int w, int quality) {
    BufferedImage img = RgbImage.fromBytes(h, w, hwc).toBufferedImage();
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      throw new IllegalStateException("no ImageIO JPEG writer in this JVM");
    }
    ImageWriter writer = writers.next();
    try {
      // The default metadata carries the JFIF marker, 2x2 luma sampling, the standard Huffman
      // tables and two quantization tables; only the latter are replaced. Writing with a null
      // param keeps them as they are (a param in explicit mode would rescale them).
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
      IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(NATIVE_FORMAT);
      NodeList tables = root.getElementsByTagName("dqtable");
      if (tables.getLength() != 2) {
        throw new IllegalStateException(
            "expected 2 quantization tables in ImageIO's default JPEG metadata, got "
                + tables.getLength());
      }
      for (int i = 0; i < tables.getLength(); i++) {
        IIOMetadataNode table = (IIOMetadataNode) tables.item(i);
        int id = Integer.parseInt(table.getAttribute("qtableId"));
        table.setUserObject(
            new JPEGQTable(scaledTable(id == 0 ? LUMINANCE : CHROMINANCE, quality)));
      }
      metadata.setFromTree(NATIVE_FORMAT, root);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(img, null, metadata), null);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
  }

  /** Encodes at {@code quality} and decodes again: the jpeg_compression corruption. */
  static byte[] apply(byte[] hwc, int h, int w, int quality) {
    byte[] jpeg = encode(hwc, h, w, quality);
    RgbImage decoded = ImageCodec.decode(jpeg, "in-memory JPEG (quality " + quality + ")");
    return decoded.toBytes();
  }
}
