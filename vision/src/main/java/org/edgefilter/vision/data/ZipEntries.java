package org.edgefilter.vision.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.edgefilter.framework.io.DataFormatException;

/**
 * Streams the file entries of a zip archive, failing with a {@link DataFormatException} that names
 * the archive when it is not a zip at all or is cut short. {@link ZipInputStream} alone reads a
 * file of random bytes as an archive with no entries, which a reader would then report as "no
 * images" instead of "not a zip".
 */
final class ZipEntries {

  /** Receives one file entry: its name and bytes. */
  interface Consumer {
    void accept(String name, byte[] bytes);
  }

  /**
   * The four bytes that start a zip file: a local file header ({@code PK\3\4}) or, for an archive
   * without entries, the end-of-central-directory record ({@code PK\5\6}); PKWARE APPNOTE.TXT
   * sections 4.3.7 and 4.3.16.
   */
  private static final int LOCAL_HEADER = 0x04034b50;

  private static final int EMPTY_ARCHIVE = 0x06054b50;

  private ZipEntries() {}

  /**
   * Feeds every file entry of {@code zip} (described as {@code what} in errors) to {@code
   * consumer}, in archive order.
   *
   * @throws DataFormatException if the file does not start as a zip or ends inside an entry
   */
  static void read(Path zip, String what, Consumer consumer) {
    try (InputStream raw = Files.newInputStream(zip)) {
      byte[] head = raw.readNBytes(4);
      int magic =
          head.length < 4
              ? -1
              : (head[0] & 0xff)
                  | (head[1] & 0xff) << 8
                  | (head[2] & 0xff) << 16
                  | (head[3] & 0xff) << 24;
      if (magic != LOCAL_HEADER && magic != EMPTY_ARCHIVE) {
        throw new DataFormatException(
            zip,
            zip
                + ": is not a zip archive (it should be the "
                + what
                + "; its first bytes are not a zip header): replace it with the original file");
      }
    } catch (IOException e) {
      throw unreadable(zip, what, e);
    }
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          consumer.accept(e.getName(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw unreadable(zip, what, e);
    }
  }

  private static DataFormatException unreadable(Path zip, String what, IOException e) {
    DataFormatException bad =
        new DataFormatException(
            zip,
            zip
                + ": the "
                + what
                + " cannot be read to its end ("
                + e.getMessage()
                + "): the archive is truncated or"
                + " corrupt; replace it with the original file");
    bad.initCause(e);
    return bad;
  }
}
