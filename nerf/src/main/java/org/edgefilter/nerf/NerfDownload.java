package org.edgefilter.nerf;

import org.edgefilter.framework.cli.DownloadCommand;
import org.edgefilter.nerf.data.NerfReleases;
import picocli.CommandLine.Command;

/** {@code ./edgefilter nerf download lego} ({@link NerfReleases}). */
@Command(
    name = "download",
    description = {
      "Download the NeRF synthetic lego scene into <data>/nerf_synthetic/lego/"
          + " (resumable; no digest is published, so the computed SHA-256 is printed and recorded),"
          + " where the presets read it when <data>/nerf_lego_400 is absent.",
      "Datasets: lego (--list for details)."
    })
final class NerfDownload extends DownloadCommand {

  NerfDownload() {
    super(NerfReleases.ALL);
  }
}
