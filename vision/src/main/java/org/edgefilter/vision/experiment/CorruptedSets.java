package org.edgefilter.vision.experiment;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.run.Progress;
import org.edgefilter.vision.corrupt.ContactSheet;
import org.edgefilter.vision.corrupt.CorruptedSetWriter;
import org.edgefilter.vision.corrupt.Corruption;
import org.edgefilter.vision.corrupt.CorruptionGenerator;
import org.edgefilter.vision.corrupt.Resolution;
import org.edgefilter.vision.corrupt.TinyImageNetC;
import org.edgefilter.vision.data.ImageSet;

/**
 * Generates a CIFAR-10-C style set in the official layout ({@code <corruption>.npy} holding the 5
 * severities stacked, {@code labels.npy}) from clean test images, once: corruptions already on disk
 * are reused, so an interrupted generation resumes and several runs share one set.
 */
public final class CorruptedSets {

  private CorruptedSets() {}

  /** The corruptions a config names ({@code all} = the 15 benchmark corruptions). */
  public static List<Corruption> resolve(List<String> ids) {
    List<Corruption> out = new ArrayList<>();
    for (String id : ids) {
      if (id.equals("all")) {
        out.addAll(Corruption.benchmark());
      } else if (id.equals("extra")) {
        out.addAll(Corruption.extras());
      } else {
        out.add(Corruption.fromId(id));
      }
    }
    return List.copyOf(out);
  }

  /** The cache folder for a CIFAR-10-C set generated from {@code clean} with {@code seed}. */
  public static Path cacheDir(Path runsRoot, String source, ImageSet clean, long seed) {
    return cacheDir(runsRoot, "cifar10", source, clean, seed);
  }

  /** The cache folder for a {@code <dataset>-c} set generated from {@code clean}. */
  public static Path cacheDir(
      Path runsRoot, String dataset, String source, ImageSet clean, long seed) {
    return runsRoot
        .resolve("vision")
        .resolve(dataset + "-c")
        .resolve(source + "-n" + clean.size() + "-seed" + seed);
  }

  /**
   * Makes sure the generated corrupted set of {@code data} exists under {@code runsRoot} and
   * returns its folder: the CIFAR-10-C layout for CIFAR-10 / CIFAR-100, the Tiny-ImageNet-C layout
   * (from the first {@code data.corruptedPerClass} validation images of every class) for
   * Tiny-ImageNet.
   */
  public static Path ensure(
      VisionData data,
      VisionConfig.DataConfig config,
      List<Corruption> corruptions,
      Path dataRoot,
      Path runsRoot,
      PrintStream out) {
    if (!data.dataset().equals("tiny-imagenet")) {
      return ensure(
          cacheDir(runsRoot, data.dataset(), config.source(), data.test(), config.corruptionSeed()),
          dataRoot,
          data.test(),
          corruptions,
          config.corruptionSeed(),
          out);
    }
    int[] picked = TinyImageNetC.firstPerClass(data.test(), config.corruptedPerClass());
    ImageSet clean = data.test().select(picked);
    Path dir =
        runsRoot
            .resolve("vision")
            .resolve("tiny-imagenet-c")
            .resolve(config.source() + "-n" + clean.size() + "-seed" + config.corruptionSeed());
    ensureTiny(dir, dataRoot, data.test(), picked, corruptions, config.corruptionSeed(), out);
    return dir;
  }

  /**
   * Writes Tiny-ImageNet-C for the validation images {@code val} at {@code picked} positions (image
   * i of the validation set is {@code val_i.JPEG} and uses random stream i) into {@code dir}, with
   * {@code contact_sheet.png}; complete severity folders already there are kept.
   */
  public static void ensureTiny(
      Path dir,
      Path dataRoot,
      ImageSet val,
      int[] picked,
      List<Corruption> corruptions,
      long seed,
      PrintStream out) {
    CorruptionGenerator generator =
        CorruptionGenerator.builder(Resolution.TINY_IMAGENET)
            .optSeed(seed)
            .optFrostAssets(dataRoot.resolve("cifar_c_assets"))
            .build();
    ImageSet clean = val.select(picked);
    List<String> names = new ArrayList<>();
    long[] streams = new long[picked.length];
    for (int i = 0; i < picked.length; i++) {
      names.add("val_" + picked[i] + ".JPEG");
      streams[i] = picked[i];
    }
    int written = TinyImageNetC.write(dir, clean, names, streams, generator, corruptions, out);
    if (written > 0 || !Files.isRegularFile(dir.resolve("contact_sheet.png"))) {
      ContactSheet.write(
          dir.resolve("contact_sheet.png"), clean.image(0), streams[0], generator, corruptions, 3);
    }
  }

  /**
   * Makes sure {@code dir} holds every corruption of {@code corruptions}, generating the missing
   * ones from {@code clean}, and a contact sheet ({@code contact_sheet.png}) of the first image
   * under those corruptions (only those: frost's overlays may be absent when frost is not asked).
   */
  public static Path ensure(
      Path dir,
      Path dataRoot,
      ImageSet clean,
      List<Corruption> corruptions,
      long seed,
      PrintStream out) {
    CorruptionGenerator generator =
        CorruptionGenerator.builder(Resolution.forSide(clean.height()))
            .optSeed(seed)
            .optFrostAssets(dataRoot.resolve("cifar_c_assets"))
            .build();
    CorruptedSetWriter writer = new CorruptedSetWriter(generator);
    List<Corruption> missing = new ArrayList<>();
    for (Corruption c : corruptions) {
      if (!Files.isRegularFile(dir.resolve(c.id() + ".npy"))) {
        missing.add(c);
      }
    }
    if (!Files.isRegularFile(dir.resolve(CorruptedSetWriter.LABELS_FILE))) {
      CorruptedSetWriter.writeLabels(dir, clean);
    }
    if (!missing.isEmpty()) {
      Progress progress =
          Progress.builder()
              .setLabel("corrupt " + clean.size() + " images")
              .optTotal(missing.size())
              .optUnit("corruption")
              .optOut(out)
              .build();
      int done = 0;
      for (Corruption c : missing) {
        writer.writeCorruption(dir, clean, c);
        progress.update(++done, java.util.Map.of());
      }
      progress.finish();
      ContactSheet.write(
          dir.resolve("contact_sheet.png"), clean.image(0), 0, generator, corruptions, 3);
    }
    return dir;
  }
}
