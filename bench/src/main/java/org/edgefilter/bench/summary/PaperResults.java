package org.edgefilter.bench.summary;

import java.util.List;
import java.util.Optional;

/**
 * The paper's numbers, in one table: Lee, Lee, Kwak, "Deep Edge Filter: Return of the Human-Crafted
 * Layer in Deep Learning", NeurIPS 2025, arXiv:2510.13865. Every number the verdict table prints as
 * the paper's comes from here, with its source beside it; a number this project could not find is
 * absent (null), never estimated.
 *
 * <p>The section and table numbers of the paper were not available to the sessions that wrote this
 * table (the arXiv text was not reachable; summaries of it quote no tables), so each source names
 * the paper's study and where in this repository the number was first quoted.
 */
public final class PaperResults {

  private static final String PAPER = "Lee, Lee, Kwak, NeurIPS 2025 (arXiv:2510.13865)";
  private static final String VISION_NOT_FOUND =
      PAPER
          + ", vision test-time adaptation study: the CIFAR-10-C numbers were not found"
          + " (section/table not available here); the official code's README"
          + " (github.com/dongkwani/DeepEdgeFilter) states only a +10.2% gain on CIFAR-100-C";

  /** The table. */
  public static final List<PaperResult> TABLE =
      List.of(
          new PaperResult(
              "vision-cifar10c-tent",
              "WRN-28-10 trained on CIFAR-10, TENT on CIFAR-10-C, filter mean k=11 after block 1",
              null,
              null,
              VISION_NOT_FOUND),
          new PaperResult(
              "vision-cifar10c-bn-norm",
              "WRN-28-10 trained on CIFAR-10, BN-Norm on CIFAR-10-C",
              null,
              null,
              VISION_NOT_FOUND),
          new PaperResult(
              "vision-cifar10c-source",
              "WRN-28-10 trained on CIFAR-10, no adaptation on CIFAR-10-C",
              null,
              null,
              VISION_NOT_FOUND),
          new PaperResult(
              "audio-urbansound8k",
              "UrbanSound8K, CNN of three convolutional blocks, 20 epochs; accuracy %",
              77.42,
              81.72,
              PAPER
                  + ", audio study (section/table number not found); quoted in "
                  + "issue 11, AudioPresets and docs/results/audio.md"),
          new PaperResult(
              "language-sst2",
              "SST-2 dev accuracy %, 12-layer BERT architecture trained from scratch on full GLUE",
              79.36,
              80.85,
              PAPER
                  + ", text study (section/table number not found); quoted in "
                  + "ExperimentOutcome.PAPER_ACCURACY and docs/results/language.md"),
          new PaperResult(
              "language-qqp",
              "QQP dev accuracy %, 12-layer BERT architecture trained from scratch on full GLUE",
              83.42,
              83.46,
              PAPER
                  + ", text study (section/table number not found); quoted in "
                  + "ExperimentOutcome.PAPER_ACCURACY and docs/results/language.md"),
          new PaperResult(
              "language-qnli",
              "QNLI dev accuracy %, 12-layer BERT architecture trained from scratch on full GLUE",
              62.40,
              63.30,
              PAPER
                  + ", text study (section/table number not found); quoted in "
                  + "ExperimentOutcome.PAPER_ACCURACY and docs/results/language.md"),
          new PaperResult(
              "nerf-blender-psnr",
              "few-shot NeRF, 8 views, mean over six Blender scenes at full resolution; PSNR dB",
              22.95,
              23.39,
              PAPER
                  + ", 3D study (section/table number not found); quoted in "
                  + "docs/results/nerf.md"),
          new PaperResult(
              "nerf-blender-ssim",
              "few-shot NeRF, 8 views, mean over six Blender scenes at full resolution; SSIM",
              0.856,
              0.862,
              PAPER
                  + ", 3D study (section/table number not found); quoted in "
                  + "docs/results/nerf.md"));

  private PaperResults() {}

  /** The entry named {@code key}. */
  public static Optional<PaperResult> find(String key) {
    return TABLE.stream().filter(p -> p.key().equals(key)).findFirst();
  }
}
