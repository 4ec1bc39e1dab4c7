package org.edgefilter.audio;

import org.edgefilter.audio.data.AudioReleases;
import org.edgefilter.framework.cli.DownloadCommand;
import picocli.CommandLine.Command;

/** {@code ./edgefilter audio download urbansound8k|fsdd} ({@link AudioReleases}). */
@Command(
    name = "download",
    description = {
      "Download an official release into the data folder (resumable; checked against"
          + " its published digest where there is one) and unpack it where the presets read it.",
      "Datasets: urbansound8k, fsdd (--list for details)."
    })
final class AudioDownload extends DownloadCommand {

  AudioDownload() {
    super(AudioReleases.ALL);
  }
}
