package org.edgefilter.language;

import org.edgefilter.framework.cli.DownloadCommand;
import org.edgefilter.language.data.LanguageReleases;
import picocli.CommandLine.Command;

/** {@code ./edgefilter language download sst2|qqp|qnli} ({@link LanguageReleases}). */
@Command(
    name = "download",
    description = {
      "Download a GLUE task's official archive into <data>/glue/ (resumable; checked"
          + " against its SHA-256), where train, evaluate and experiment read it.",
      "Datasets: sst2, qqp, qnli (--list for details)."
    })
final class LanguageDownload extends DownloadCommand {

  LanguageDownload() {
    super(LanguageReleases.ALL);
  }
}
