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
import org.edgefilter.vision.data.ImageSet;

/**
 * Generates a CIFAR-10-C style set in the official layout ({@code <corruption>.npy} holding the 5
 * severities stacked, {@code labels.npy}) from clean test images, once: corruptions already on
 * disk are reused, so an interrupted generation resumes and several runs share one set.
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

  /** The cache folder for a set generated from {@code clean} with {@code seed}. */
  public static Path cacheDir(Path runsRoot, String source, ImageSet clean, long seed) {
    return runsRoot.resolve("vision").resolve("cifar10-c")
        .resolve(source + "-n" + clean.size() + "-seed" + seed);
  }

  /**
   * Makes sure {@code dir} holds every corruption of {@code corruptions}, generating the missing
   * ones from {@code clean}, and a contact sheet ({@code contact_sheet.png}) of the first image.
   */
  public static Path ensure(
      Path dir, Path dataRoot, ImageSet clean, List<Corruption> corruptions, long seed,
      PrintStream out) {
    CorruptionGenerator generator = CorruptionGenerator.builder(Resolution.forSide(clean.height()))
        .optSeed(seed).optFrostAssets(dataRoot.resolve("cifar_c_assets")).build();
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
      Progress progress = Progress.builder().setLabel("corrupt " + clean.size() + " images")
          .optTotal(missing.size()).optUnit("corruption").optOut(out).build();
      int done = 0;
      for (Corruption c : missing) {
        writer.writeCorruption(dir, clean, c);
        progress.update(++done, java.util.Map.of());
      }
      progress.finish();
      ContactSheet.write(dir.resolve("contact_sheet.png"), clean.image(0), 0, generator,
          Corruption.benchmark(), 3);
    }
    return dir;
  }
}
