package org.edgefilter.language.data;

import java.net.URI;
import java.util.List;
import org.edgefilter.framework.io.ArchiveUnpacker.Format;
import org.edgefilter.framework.io.ArchiveUnpacker.Mapping;
import org.edgefilter.framework.io.Checksums;
import org.edgefilter.framework.io.DatasetRelease;

/**
 * The GLUE task archives {@code ./edgefilter language download} fetches from the GLUE distribution
 * address, unpacked to {@code <data>/glue/<task folder>/}, where the readers look.
 *
 * <p>Digests: the SST-2 archive's SHA-256 and size are the ones Hugging Face Datasets' {@code glue}
 * script records for this very URL ({@code dataset_infos.json}, download_checksums); they equal
 * TensorFlow Datasets' digest of the same archive from GLUE's earlier address ({@code
 * url_checksums/glue.txt}), as CoLA's do, so that address serves identical bytes. The QNLIv2
 * archive's SHA-256 and size are TensorFlow Datasets' (earlier address; the same file name and
 * distribution). The QQP-clean archive's SHA-256 is the one Transformers.jl registers for this URL
 * (its GLUE-QQP DataDeps entry); no size is published.
 */
public final class LanguageReleases {

  /** GLUE SST-2 (train 67,349, dev 872). */
  public static final DatasetRelease SST2 =
      glue(
          "sst2",
          GlueTask.SST2,
          "GLUE SST-2: movie-review sentences, positive/negative (train 67,349, dev 872; 7 MB)",
          "https://dl.fbaipublicfiles.com/glue/data/SST-2.zip",
          new Checksums(
              "d67e16fb55739c1b32cdce9877596db1c127dc322d93c082281f64057c16deaa", null, 7_439_277L),
          "Hugging Face Datasets glue dataset_infos.json (= TensorFlow Datasets"
              + " url_checksums/glue.txt)");

  /** GLUE QQP, the cleaned release (train 363,846, dev 40,430). */
  public static final DatasetRelease QQP =
      glue(
          "qqp",
          GlueTask.QQP,
          "GLUE QQP (cleaned release): Quora question pairs, duplicate or not (41 MB)",
          "https://dl.fbaipublicfiles.com/glue/data/QQP-clean.zip",
          new Checksums(
              "40e7c862c04eb26ee04b67fd900e76c45c6ba8e6d8fab4f8f1f8072a1a3fbae0", null, -1),
          "Transformers.jl's DataDeps registration of GLUE-QQP");

  /** GLUE QNLI v2 (train 104,743, dev 5,463). */
  public static final DatasetRelease QNLI =
      glue(
          "qnli",
          GlueTask.QNLI,
          "GLUE QNLI v2: question / sentence pairs, entailment or not (11 MB)",
          "https://dl.fbaipublicfiles.com/glue/data/QNLIv2.zip",
          new Checksums(
              "e634e78627a29adaecd4f955359b22bf5e70f2cbd93b493f2d624138a0c0e5f5",
              null,
              10_627_589L),
          "TensorFlow Datasets url_checksums/glue.txt (QNLIv2.zip)");

  /** Every release, in the order {@code download --list} prints them. */
  public static final List<DatasetRelease> ALL = List.of(SST2, QQP, QNLI);

  private LanguageReleases() {}

  /** The release of {@code task}. */
  public static DatasetRelease of(GlueTask task) {
    return switch (task) {
      case SST2 -> SST2;
      case QQP -> QQP;
      case QNLI -> QNLI;
    };
  }

  private static DatasetRelease glue(
      String name,
      GlueTask task,
      String description,
      String url,
      Checksums checksums,
      String source) {
    String folder = "glue/" + task.directoryName();
    return new DatasetRelease(
        name,
        "language",
        description,
        URI.create(url),
        checksums,
        source,
        Format.ZIP,
        List.of(new Mapping(task.directoryName() + "/", folder)),
        folder + "/" + GlueTask.DEV_FILE);
  }
}
