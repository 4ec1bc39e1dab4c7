package org.edgefilter.framework.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.edgefilter.framework.io.Checksums;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.io.DatasetInstaller;
import org.edgefilter.framework.io.DatasetRelease;
import org.edgefilter.framework.io.Downloader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code download} command every modality has: fetches one of the modality's {@link
 * DatasetRelease}s into the data root, resumably, checked against its published digests, and
 * unpacks it where the modality's presets read it. A modality registers a subclass that names its
 * releases and describes them ({@code --help} and {@code --version} are inherited; picocli wants
 * the name on the subclass):
 *
 * <pre>{@code
 * @Command(name = "download", description = "...")
 * final class AudioDownload extends DownloadCommand {
 *   AudioDownload() { super(AudioReleases.ALL); }
 * }
 * }</pre>
 */
@Command(name = "download", mixinStandardHelpOptions = true)
public abstract class DownloadCommand implements Callable<Integer> {

  private final List<DatasetRelease> releases;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DATASET",
      description = "The dataset to fetch; without it, the list of datasets is printed.")
  String dataset;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data root (default: $EDGEFILTER_DATA, else ~/.cache/edgefilter).")
  Path data;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Fetch from this mirror instead of the official address (same checks).")
  URI url;

  @Option(
      names = "--sha256",
      paramLabel = "HEX",
      description = "Check against this SHA-256 instead of the built-in digests.")
  String sha256;

  @Option(
      names = "--keep-archive",
      description = "Keep the archive in <data>/downloads/ after unpacking (default: delete it).")
  boolean keepArchive;

  @Option(names = "--list", description = "List the datasets this command fetches, and exit.")
  boolean list;

  /**
   * @param releases the releases this modality's command fetches, in the order {@code --list}
   *     prints them
   */
  protected DownloadCommand(List<DatasetRelease> releases) {
    this.releases = List.copyOf(releases);
  }

  /** The releases this modality's command fetches. */
  protected List<DatasetRelease> releases() {
    return releases;
  }

  @Override
  public Integer call() {
    PrintWriter writer = spec.commandLine().getOut();
    if (list || dataset == null) {
      printList(writer);
      return ExitCodes.OK;
    }
    DatasetRelease release =
        releases().stream()
            .filter(r -> r.name().equals(dataset))
            .findFirst()
            .orElseThrow(
                () ->
                    new ConfigException(
                        "unknown dataset '"
                            + dataset
                            + "'; this command fetches: "
                            + String.join(", ", names())));
    Checksums checksums;
    try {
      checksums = sha256 != null ? Checksums.sha256(sha256) : release.checksums();
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--sha256: " + e.getMessage());
    }
    Path root = DataLocator.locate(data).root();
    new DatasetInstaller(root, Downloader.builder().build(), writer)
        .install(release, url != null ? url : release.url(), checksums, keepArchive);
    return ExitCodes.OK;
  }

  private List<String> names() {
    return releases().stream().map(DatasetRelease::name).toList();
  }

  private void printList(PrintWriter out) {
    for (DatasetRelease r : releases()) {
      out.printf("%-14s %s%n", r.name(), r.description());
      out.printf("%-14s   from %s%n", "", r.url());
      out.printf(
          "%-14s   checked against: %s%n",
          "",
          r.checksums().verifiable()
              ? (r.checksums().sha256() != null ? "SHA-256" : "MD5")
                  + " ("
                  + r.checksumSource()
                  + ")"
              : "nothing: " + r.checksumSource());
      out.printf("%-14s   unpacked to <data>/%s%n", "", r.layout().get(0).target());
    }
    out.flush();
  }
}
