package org.edgefilter.language;

import java.util.List;
import org.edgefilter.framework.cli.DownloadCommand;
import org.edgefilter.framework.io.DatasetRelease;
import org.edgefilter.language.data.LanguageReleases;
import picocli.CommandLine.Command;

/** {@code ./edgefilter language download sst2|qqp|qnli} ({@link LanguageReleases}). */
@Command(
    name = "download",
    mixinStandardHelpOptions = true,
    description = {
      "Download a GLUE task's official archive into <data>/glue/ (resumable; checked"
          + " against its SHA-256), where train, evaluate and experiment read it.",
      "Datasets: sst2, qqp, qnli (--list for details)."
    })
final class LanguageDownload extends DownloadCommand {

  @Override
  protected List<DatasetRelease> releases() {
    return LanguageReleases.ALL;
  }
}
