package org.edgefilter.vision;

import org.edgefilter.framework.cli.DownloadCommand;
import org.edgefilter.vision.data.VisionReleases;
import picocli.CommandLine.Command;

/**
 * {@code ./edgefilter vision download DATASET}: fetches {@code cifar10}, {@code cifar100}, {@code
 * tiny-imagenet} or {@code cifar10-c} ({@link VisionReleases}) into the data folder, where the
 * presets read them.
 */
@Command(
    name = "download",
    description = {
      "Download an official release into the data folder (resumable; checked against"
          + " its published SHA-256 or MD5) and unpack it where the presets read it.",
      "Datasets: cifar10, cifar100, tiny-imagenet, cifar10-c (--list for details)."
    })
final class VisionDownload extends DownloadCommand {

  VisionDownload() {
    super(VisionReleases.ALL);
  }
}
