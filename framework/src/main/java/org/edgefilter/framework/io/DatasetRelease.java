package org.edgefilter.framework.io;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An official dataset release that a modality's {@code download} command fetches: where it is, what
 * it is checked against, and where its folders go under the data root so that the modality's
 * readers find them.
 *
 * @param name the name on the command line, e.g. {@code cifar10}
 * @param modality the module whose command fetches it ({@code vision}, {@code audio}, ...)
 * @param description one line for {@code download --list}
 * @param url the official address of the archive
 * @param checksums the published digests (may be {@link Checksums#none()})
 * @param checksumSource where the digests come from, or why there are none
 * @param format the archive format
 * @param layout which archive folders are unpacked where (relative to the data root)
 * @param installedCheck a file under the data root that exists once the release is unpacked
 */
public record DatasetRelease(
    String name,
    String modality,
    String description,
    URI url,
    Checksums checksums,
    String checksumSource,
    ArchiveUnpacker.Format format,
    List<ArchiveUnpacker.Mapping> layout,
    String installedCheck) {

  public DatasetRelease {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(checksums, "checksums");
    Objects.requireNonNull(checksumSource, "checksumSource");
    Objects.requireNonNull(format, "format");
    layout = List.copyOf(layout);
    if (layout.isEmpty()) {
      throw new IllegalArgumentException(name + ": a release needs at least one folder mapping");
    }
    Objects.requireNonNull(installedCheck, "installedCheck");
  }

  /** The command that fetches this release, e.g. {@code ./edgefilter vision download cifar10}. */
  public String command() {
    return "./edgefilter " + modality + " download " + name;
  }

  /** A missing-data remedy naming {@link #command()}, for {@link DataLocator#require}. */
  public String remedy() {
    return "Fetch it with `" + command() + "`";
  }

  /** The archive's file name (the last segment of the URL's path). */
  public String archiveFileName() {
    String path = url.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
