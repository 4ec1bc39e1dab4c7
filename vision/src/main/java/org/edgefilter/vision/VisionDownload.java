package org.edgefilter.vision;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.io.Downloader;
import org.edgefilter.vision.download.TarExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Fetches official releases into the data folder with a SHA-256 check and unpacks them:
 * {@code cifar10} (the binary version: {@code cifar-10-batches-bin/}) and {@code cifar10-c}
 * (Hendrycks and Dietterich's CIFAR-10-C: {@code CIFAR-10-C/}, usable with {@code --set
 * data.corruptedDir=<data>/CIFAR-10-C}).
 */
@Command(name = "download", mixinStandardHelpOptions = true,
    description = "Download and unpack an official release into the data folder, checking its SHA-256.")
final class VisionDownload implements Callable<Integer> {

  /** A release: where it is and its SHA-256 (null when none is published). */
  record Release(String url, String sha256, String note) {}

  static final Map<String, Release> RELEASES = Map.of(
      "cifar10", new Release("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz",
          // SHA-256 of the official cifar-10-binary.tar.gz (162 MB), as recorded by public
          // reproducibility manifests; the site itself publishes only an MD5
          // (c32a1d4ab5d03f1284b67883e8d87530).
          "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd", ""),
      "cifar10-c", new Release("https://zenodo.org/records/2535967/files/CIFAR-10-C.tar", null,
          "Zenodo publishes only the MD5 56bf5dcef84df0e2308c6dcbcbbd8499 of CIFAR-10-C.tar; pass"
              + " the SHA-256 you trust with --sha256."));

  @Parameters(paramLabel = "DATASET", description = "cifar10 or cifar10-c.")
  String dataset;

  @Option(names = "--data", paramLabel = "DIR", description = "Data root (default: $EDGEFILTER_DATA, else ~/.cache/edgefilter).")
  Path data;

  @Option(names = "--url", description = "Fetch from this mirror instead of the official address.")
  URI url;

  @Option(names = "--sha256", description = "Expected SHA-256 (required where none is built in).")
  String sha256;

  @Override
  public Integer call() {
    Release release = RELEASES.get(dataset);
    if (release == null) {
      throw new ConfigException("unknown dataset '" + dataset + "'; available: "
          + String.join(", ", List.copyOf(new java.util.TreeSet<>(RELEASES.keySet()))));
    }
    String expected = sha256 != null ? sha256 : release.sha256();
    if (expected == null) {
      throw new ConfigException(dataset + ": no SHA-256 is built in. " + release.note());
    }
    Path root = DataLocator.locate(data).root();
    URI source = url != null ? url : URI.create(release.url());
    String file = source.getPath().substring(source.getPath().lastIndexOf('/') + 1);
    Path archive = root.resolve("downloads").resolve(file);
    Downloader.builder().build().fetch(source, archive, expected);
    List<Path> files = TarExtractor.extract(archive, root);
    System.out.printf("%s: %d files unpacked into %s%n", dataset, files.size(), root);
    return 0;
  }
}
