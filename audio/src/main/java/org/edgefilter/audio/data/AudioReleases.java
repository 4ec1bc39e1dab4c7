package org.edgefilter.audio.data;

import java.net.URI;
import java.util.List;
import org.edgefilter.framework.io.ArchiveUnpacker.Format;
import org.edgefilter.framework.io.ArchiveUnpacker.Mapping;
import org.edgefilter.framework.io.Checksums;
import org.edgefilter.framework.io.DatasetRelease;

/**
 * The releases {@code ./edgefilter audio download} fetches, unpacked where {@code
 * audio/experiment/AudioDataset} expects them ({@code urbansound8k/}, {@code fsdd/recordings/}).
 */
public final class AudioReleases {

  /**
   * UrbanSound8K (Salamon, Jacoby, Bello 2014) from Zenodo record 1203745, the original clips
   * (their own rates and bit depths; the reader resamples). Zenodo publishes only the MD5
   * 9aa69802bbf37fb986f71ec1483a196e, which soundata (MARL's loader) also pins: it is checked, and
   * the SHA-256 computed here is printed and recorded. CC BY-NC 3.0, non-commercial.
   */
  public static final DatasetRelease URBANSOUND8K =
      new DatasetRelease(
          "urbansound8k",
          "audio",
          "UrbanSound8K: 8,732 urban sound clips <= 4 s, 10 classes, 10 folds (6.0 GB; CC BY-NC)",
          URI.create("https://zenodo.org/records/1203745/files/UrbanSound8K.tar.gz"),
          new Checksums(null, "9aa69802bbf37fb986f71ec1483a196e", -1),
          "the MD5 Zenodo publishes (no SHA-256 is published)",
          Format.TAR_GZ,
          List.of(new Mapping("UrbanSound8K/", "urbansound8k")),
          "urbansound8k/" + UrbanSound8kDataset.METADATA_CSV);

  /**
   * The Free Spoken Digit Dataset, release v1.0.10 (3,000 recordings, 6 speakers: the shared data's
   * copy), as GitHub's archive of the tag. No digest of this archive is published (TensorFlow
   * Datasets pins only the older v1.0.9 tarball, SHA-256
   * 8bc44cde129d505cbbb6b365c09f80c663f2aa77578afc634e6141a2f87100c0, 2,500 recordings), so the
   * download is not verified: the SHA-256 computed here is printed and recorded.
   */
  public static final DatasetRelease FSDD =
      new DatasetRelease(
          "fsdd",
          "audio",
          "Free Spoken Digit Dataset v1.0.10: 3,000 recordings of digits 0-9, 8 kHz (CC BY-SA 4.0)",
          URI.create(
              "https://github.com/Jakobovski/free-spoken-digit-dataset/archive/refs/tags/"
                  + "v1.0.10.tar.gz"),
          Checksums.none(),
          "no digest of the v1.0.10 archive is published",
          Format.TAR_GZ,
          List.of(
              new Mapping(
                  "free-spoken-digit-dataset-1.0.10/recordings/", FsddDataset.RECORDINGS_DIR)),
          FsddDataset.RECORDINGS_DIR + "/0_george_0.wav");

  /** Every release, in the order {@code download --list} prints them. */
  public static final List<DatasetRelease> ALL = List.of(URBANSOUND8K, FSDD);

  private AudioReleases() {}
}
