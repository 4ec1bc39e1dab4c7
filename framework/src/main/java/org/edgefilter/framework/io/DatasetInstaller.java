package org.edgefilter.framework.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Installs a {@link DatasetRelease} under a data root: fetches the archive into {@code
 * <root>/downloads/} (resumable, checked), unpacks its folders where the readers look, and writes
 * {@code <root>/downloads/<name>.json} last, recording the URL, the digests computed and what they
 * were checked against. A release whose record and check file exist is not fetched again.
 */
public final class DatasetInstaller {

  /** The folder of the data root that holds archives and install records. */
  public static final String DOWNLOADS = "downloads";

  private final Path root;
  private final Downloader downloader;
  private final PrintWriter out;

  /**
   * @param root the data root
   * @param downloader fetches the archives
   * @param out where the summary lines go
   */
  public DatasetInstaller(Path root, Downloader downloader, PrintWriter out) {
    this.root = root.toAbsolutePath().normalize();
    this.downloader = Objects.requireNonNull(downloader, "downloader");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * The outcome of {@link #install}.
   *
   * @param checkFile the release's {@code installedCheck} file, which now exists
   * @param sha256 the SHA-256 of the archive as computed here (null if it was already installed)
   * @param verified whether the archive matched a published digest
   * @param files the files unpacked (0 if it was already installed)
   * @param alreadyInstalled true if nothing had to be done
   * @param record the install record
   */
  public record Installed(
      Path checkFile,
      String sha256,
      boolean verified,
      int files,
      boolean alreadyInstalled,
      Path record) {}

  /** The install record of {@code release} under the root. */
  public Path recordFile(DatasetRelease release) {
    return root.resolve(DOWNLOADS).resolve(release.name() + ".json");
  }

  /**
   * Fetches, verifies and unpacks {@code release}.
   *
   * @param url where to fetch it from ({@code release.url()} or a mirror)
   * @param checksums what to check it against ({@code release.checksums()} or the user's)
   * @param keepArchive whether to keep the archive in {@code downloads/} after unpacking
   * @throws DownloadException if the fetch fails or the archive lacks the expected folders
   */
  public Installed install(
      DatasetRelease release, URI url, Checksums checksums, boolean keepArchive) {
    Path check = root.resolve(release.installedCheck());
    Path record = recordFile(release);
    if (Files.exists(check) && Files.isRegularFile(record)) {
      out.printf("%s: already installed (%s exists; record %s)%n", release.name(), check, record);
      out.flush();
      return new Installed(check, null, false, 0, true, record);
    }
    Path archive = root.resolve(DOWNLOADS).resolve(release.archiveFileName());
    Downloader.Fetched fetched = downloader.fetch(url, archive, checksums);
    ArchiveUnpacker.Unpacked unpacked =
        ArchiveUnpacker.unpack(archive, release.format(), release.layout(), root);
    if (!Files.exists(check)) {
      throw new DownloadException(
          archive
              + " was unpacked ("
              + unpacked.files().size()
              + " files) but "
              + check
              + " is still missing: the archive does not have the layout"
              + " of the "
              + release.name()
              + " release ("
              + release.layout()
              + ")");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("dataset", release.name());
    fields.put("url", url.toString());
    fields.put("archive", archive.getFileName().toString());
    fields.put("size", fetched.size());
    fields.put("sha256", fetched.sha256());
    fields.put("md5", fetched.md5());
    fields.put("verified_against", verifiedAgainst(release, checksums));
    fields.put("files", unpacked.files().size());
    fields.put("installed", Instant.now().toString());
    Json.writeFile(record, fields);
    if (!keepArchive) {
      try {
        Files.deleteIfExists(archive);
      } catch (IOException e) {
        throw new UncheckedIOException("could not delete " + archive, e);
      }
    }
    if (checksums.verifiable()) {
      out.printf(
          "%s: archive verified (%s); SHA-256 %s%n",
          release.name(), verifiedAgainst(release, checksums), fetched.sha256());
    } else {
      out.printf(
          "%s: archive NOT verified: %s. Computed SHA-256 %s (MD5 %s), recorded in %s;"
              + " compare it with a copy you trust.%n",
          release.name(), release.checksumSource(), fetched.sha256(), fetched.md5(), record);
    }
    out.printf(
        "%s: %d files unpacked under %s; the readers find it at %s%n",
        release.name(), unpacked.files().size(), root, check);
    out.flush();
    return new Installed(
        check, fetched.sha256(), checksums.verifiable(), unpacked.files().size(), false, record);
  }

  private static String verifiedAgainst(DatasetRelease release, Checksums checksums) {
    if (!checksums.verifiable()) {
      return "none";
    }
    if (!checksums.equals(release.checksums())) {
      return "the digest given with --sha256";
    }
    StringBuilder s = new StringBuilder();
    if (checksums.sha256() != null) {
      s.append("SHA-256");
    }
    if (checksums.md5() != null) {
      s.append(s.length() > 0 ? " and " : "").append("MD5");
    }
    if (checksums.size() >= 0) {
      s.append(", size");
    }
    return s.append(" from ").append(release.checksumSource()).toString();
  }
}
