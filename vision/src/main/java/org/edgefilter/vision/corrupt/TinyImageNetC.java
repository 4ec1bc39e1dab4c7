package org.edgefilter.vision.corrupt;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.edgefilter.framework.io.AtomicFiles;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.framework.run.Progress;
import org.edgefilter.vision.data.ImageCodec;
import org.edgefilter.vision.data.ImageSet;

/**
 * Tiny-ImageNet-C in the layout of its public release (Hendrycks and Dietterich, ICLR 2019; Zenodo
 * record 2536630): {@code <corruption>/<severity 1..5>/<wnid>/<source file name>}, every image a
 * JPEG. Writes a generated set and reads either a generated set or the official one.
 *
 * <p>The release's script ({@code hendrycks/robustness}, {@code
 * ImageNet-C/create_c/make_tinyimagenet_c.py}, {@code DistortImageFolder.__getitem__}) saves each
 * corrupted image with {@code Image.fromarray(np.uint8(img)).save(path, quality=85,
 * optimize=True)}: Pillow's JPEG at IJG quality 85 with 4:2:0 chroma subsampling. The writer does
 * the same re-save at {@link #JPEG_QUALITY} with {@link JpegRoundTrip#encode} (the IJG tables
 * scaled exactly as libjpeg does; see there); {@code optimize=True} only optimizes the Huffman
 * tables, which is lossless, so the decoded pixels are those of the unoptimized file. Like the
 * release, {@code jpeg_compression} images are therefore compressed twice.
 *
 * <p>Reading order: the images of one corruption and severity are returned round-robin over the
 * classes in label order (the first file of every class, then the second, ...), files in name order
 * within a class. A test stream in that order never has one class for a whole batch (ImageFolder's
 * class-sorted order would, which makes batch statistics and TENT degenerate), and a limit takes
 * the same number of images from every class.
 */
public final class TinyImageNetC implements CorruptedImages {

  /** The quality of the release's JPEG re-save ({@code make_tinyimagenet_c.py}: quality=85). */
  public static final int JPEG_QUALITY = 85;

  private final Path dir;
  private final List<String> classNames;
  private final Map<String, Integer> labelOf;

  private TinyImageNetC(Path dir, List<String> classNames) {
    this.dir = dir;
    this.classNames = List.copyOf(classNames);
    labelOf = new HashMap<>();
    for (int i = 0; i < classNames.size(); i++) {
      labelOf.put(classNames.get(i), i);
    }
  }

  /** Whether {@code dir} has at least one {@code <corruption id>/1/} folder. */
  public static boolean isLayout(Path dir) {
    for (Corruption c : Corruption.values()) {
      if (Files.isDirectory(dir.resolve(c.id()).resolve("1"))) {
        return true;
      }
    }
    return false;
  }

  /** Opens a Tiny-ImageNet-C folder; the class folders are wnids of {@code classNames}. */
  public static TinyImageNetC open(Path dir, List<String> classNames) {
    if (!isLayout(dir)) {
      throw new IllegalArgumentException(
          "not a Tiny-ImageNet-C folder: expected "
              + dir
              + "/<corruption>/<1..5>/<wnid>/*.JPEG (e.g. "
              + dir.resolve("gaussian_noise/1")
              + ")");
    }
    return new TinyImageNetC(dir, classNames);
  }

  /** The corruptions whose severity-1 folder is present, in enum order. */
  public List<Corruption> available() {
    List<Corruption> out = new ArrayList<>();
    for (Corruption c : Corruption.values()) {
      if (Files.isDirectory(dir.resolve(c.id()).resolve("1"))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Images per severity, counted in the first available corruption's severity 1. */
  @Override
  public int imagesPerSeverity() {
    return files(available().get(0), 1).size();
  }

  /**
   * The image files of {@code corruption} at {@code severity} in reading order (see the class
   * comment), each with its label.
   */
  public List<LabelledFile> files(Corruption corruption, int severity) {
    Corruption.checkSeverity(severity);
    Path folder = dir.resolve(corruption.id()).resolve(Integer.toString(severity));
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "missing corruption folder: expected " + folder + " (present: " + available() + ")");
    }
    List<List<LabelledFile>> perClass = new ArrayList<>();
    for (Path classDir : sortedChildren(folder)) {
      if (!Files.isDirectory(classDir)) {
        continue;
      }
      String wnid = classDir.getFileName().toString();
      Integer label = labelOf.get(wnid);
      if (label == null) {
        throw new IllegalArgumentException(
            classDir
                + ": class folder "
                + wnid
                + " is not one of the "
                + classNames.size()
                + " classes (wnids.txt)");
      }
      List<LabelledFile> members = new ArrayList<>();
      for (Path f : sortedChildren(classDir)) {
        if (Files.isRegularFile(f) && isImage(f)) {
          members.add(new LabelledFile(f, label));
        }
      }
      perClass.add(members);
    }
    perClass.sort(Comparator.comparingInt(m -> m.isEmpty() ? Integer.MAX_VALUE : m.get(0).label()));
    List<LabelledFile> out = new ArrayList<>();
    for (int round = 0; ; round++) {
      boolean any = false;
      for (List<LabelledFile> members : perClass) {
        if (round < members.size()) {
          out.add(members.get(round));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(folder + ": no <wnid>/*.JPEG images");
    }
    return out;
  }

  /** One image file and its label. */
  public record LabelledFile(Path file, int label) {}

  @Override
  public ImageSet read(Corruption corruption, int severity, int limit) {
    List<LabelledFile> files = files(corruption, severity);
    if (limit < 0 || limit > files.size()) {
      throw new IllegalArgumentException(
          "limit "
              + limit
              + " is outside 0.."
              + files.size()
              + " images of "
              + corruption.id()
              + " severity "
              + severity
              + " in "
              + dir);
    }
    RgbImage first = ImageCodec.read(files.get(0).file());
    int h = first.height();
    int w = first.width();
    int len = h * w * 3;
    byte[] pixels = new byte[limit * len];
    int[] labels = new int[limit];
    IntStream.range(0, limit)
        .parallel()
        .forEach(
            i -> {
              RgbImage img = ImageCodec.read(files.get(i).file());
              if (img.height() != h || img.width() != w) {
                throw new IllegalArgumentException(
                    files.get(i).file()
                        + ": image is "
                        + img.height()
                        + "x"
                        + img.width()
                        + ", expected "
                        + h
                        + "x"
                        + w
                        + " as "
                        + files.get(0).file());
              }
              System.arraycopy(img.toBytes(), 0, pixels, i * len, len);
              labels[i] = files.get(i).label();
            });
    return ImageSet.ofBytes(pixels, limit, h, w, 3, labels, classNames);
  }

  /**
   * The indices of the first {@code perClass} images of every class of {@code set}, in set order
   * ({@code perClass} = 0: all images).
   */
  public static int[] firstPerClass(ImageSet set, int perClass) {
    int[] taken = new int[set.classNames().size()];
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < set.size(); i++) {
      if (perClass == 0 || taken[set.label(i)]++ < perClass) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Writes {@code corruptions} x severities 1..5 of {@code clean} into {@code dir}: image i goes to
   * {@code <corruption>/<severity>/<wnid of its label>/<fileNames[i]>}, corrupted with random
   * stream {@code streams[i]} and saved as JPEG at {@link #JPEG_QUALITY}. Each severity folder is
   * written under a temporary name and renamed into place when complete, so a folder that exists is
   * complete: it is kept, and an interrupted generation resumes there.
   *
   * @param clean uint8 {@code [N, S, S, 3]}; its class names are the wnids
   * @param fileNames N file names (e.g. {@code val_17.JPEG})
   * @param streams N random-stream indices (e.g. the image's index in the full validation set)
   * @return the number of severity folders written (0 when everything was there)
   */
  public static int write(
      Path dir,
      ImageSet clean,
      List<String> fileNames,
      long[] streams,
      CorruptionGenerator generator,
      List<Corruption> corruptions,
      PrintStream out) {
    if (fileNames.size() != clean.size() || streams.length != clean.size()) {
      throw new IllegalArgumentException(
          clean.size()
              + " images but "
              + fileNames.size()
              + " file names and "
              + streams.length
              + " streams");
    }
    List<String> wnids = clean.classNames();
    int side = generator.resolution().side();
    List<int[]> todo = new ArrayList<>();
    for (Corruption c : corruptions) {
      for (int s = 1; s <= Corruption.MAX_SEVERITY; s++) {
        if (!Files.isDirectory(dir.resolve(c.id()).resolve(Integer.toString(s)))) {
          todo.add(new int[] {c.ordinal(), s});
        }
      }
    }
    if (todo.isEmpty()) {
      return 0;
    }
    Progress progress =
        Progress.builder()
            .setLabel("Tiny-ImageNet-C " + clean.size() + " images")
            .optTotal(todo.size())
            .optUnit("folder")
            .optLogEvery(Duration.ofSeconds(15))
            .optOut(out)
            .build();
    int done = 0;
    for (int[] job : todo) {
      Corruption c = Corruption.values()[job[0]];
      int severity = job[1];
      Path target = dir.resolve(c.id()).resolve(Integer.toString(severity));
      Path tmp = dir.resolve(c.id()).resolve("." + severity + ".tmp");
      try {
        deleteTree(tmp);
        for (String wnid : wnids) {
          Files.createDirectories(tmp.resolve(wnid));
        }
        IntStream.range(0, clean.size())
            .parallel()
            .forEach(
                i -> {
                  byte[] corrupted = generator.corrupt(clean.image(i), c, severity, streams[i]);
                  byte[] jpeg = JpegRoundTrip.encode(corrupted, side, side, JPEG_QUALITY);
                  Path file = tmp.resolve(wnids.get(clean.label(i))).resolve(fileNames.get(i));
                  AtomicFiles.write(file, o -> o.write(jpeg));
                });
        for (String wnid : wnids) {
          // ImageFolder-style readers expect a folder per class only where it has images.
          try (Stream<Path> files = Files.list(tmp.resolve(wnid))) {
            if (files.findAny().isEmpty()) {
              Files.delete(tmp.resolve(wnid));
            }
          }
        }
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not write " + target, e);
      }
      progress.update(++done, Map.of());
    }
    progress.finish();
    return todo.size();
  }

  private static boolean isImage(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && (name.endsWith(".jpeg") || name.endsWith(".jpg") || name.endsWith(".png"));
  }

  private static List<Path> sortedChildren(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + folder, e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
