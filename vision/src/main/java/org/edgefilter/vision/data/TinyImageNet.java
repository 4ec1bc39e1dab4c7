package org.edgefilter.vision.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edgefilter.framework.io.DataFormatException;

/**
 * Tiny-ImageNet-200 (64x64 RGB, 200 classes) in either of two layouts. The shared data's {@code
 * tiny_imagenet_200/}: {@code wnids.txt} (the 200 WordNet ids), {@code words_200.txt} (id TAB
 * description, optional), {@code val_annotations.txt} (file TAB wnid TAB x0 y0 x1 y1), {@code
 * val_images.zip} (entries {@code images/val_N.JPEG}) and {@code train_images_50per_class.zip}
 * (entries {@code train/WNID/images/WNID_K.JPEG}). The official release's {@code
 * tiny-imagenet-200/}, as {@code ./edgefilter vision download tiny-imagenet} unpacks it: {@code
 * wnids.txt}, {@code words.txt} (every ImageNet wnid), {@code val/val_annotations.txt}, {@code
 * val/images/val_N.JPEG} and {@code train/WNID/images/WNID_K.JPEG} (K = 0..499).
 *
 * <p>Labels index the wnids sorted alphabetically, which is torchvision ImageFolder's class order
 * and so Tiny-ImageNet-C's. Grey JPEGs (the set has some) are copied to three channels.
 */
public final class TinyImageNet {

  /** Side of an image. */
  public static final int SIDE = 64;

  /** Folder of the official release within the data directory. */
  public static final String RELEASE_DIR = "tiny-imagenet-200";

  /** Folder of the shared data's copy within the data directory. */
  public static final String DATA_SUBDIR = "tiny_imagenet_200";

  private static final Pattern VAL_ENTRY = Pattern.compile("(?:.*/)?val_(\\d+)\\.JPEG");
  private static final Pattern TRAIN_ENTRY =
      Pattern.compile("(?:.*/)?train/(n\\d+)/images/(n\\d+)_(\\d+)\\.JPEG");

  private final Path dir;
  private final List<String> wnids;
  private final Map<String, String> words;

  private TinyImageNet(Path dir, List<String> wnids, Map<String, String> words) {
    this.dir = dir;
    this.wnids = wnids;
    this.words = words;
  }

  /** Opens whichever layout the data root has (the shared copy first), reading the class lists. */
  public static TinyImageNet locate(org.edgefilter.framework.io.DataLocator data) {
    Path wnids =
        data.requireAny(
            "Tiny-ImageNet-200 class list (wnids.txt)",
            VisionReleases.TINY_IMAGENET.remedy(),
            List.of(DATA_SUBDIR + "/wnids.txt", RELEASE_DIR + "/wnids.txt"));
    return open(wnids.getParent());
  }

  /**
   * Opens the folder {@code dir} (e.g. {@code DATA/tiny_imagenet_200}), reading the class lists.
   */
  public static TinyImageNet open(Path dir) {
    Path wnidFile = dir.resolve("wnids.txt");
    if (!Files.isRegularFile(wnidFile)) {
      throw new IllegalArgumentException("missing Tiny-ImageNet class list: expected " + wnidFile);
    }
    List<String> wnids = new ArrayList<>();
    for (String line : lines(wnidFile)) {
      if (!line.isBlank()) {
        wnids.add(line.strip());
      }
    }
    if (wnids.size() != 200 || wnids.stream().distinct().count() != 200) {
      throw new DataFormatException(
          wnidFile, wnidFile + ": expected 200 distinct wnids, got " + wnids.size());
    }
    wnids.sort(null);
    Map<String, String> words = new LinkedHashMap<>();
    // The shared copy keeps the 200 classes' lines; the release has every ImageNet wnid.
    Path wordFile =
        Files.isRegularFile(dir.resolve("words_200.txt"))
            ? dir.resolve("words_200.txt")
            : dir.resolve("words.txt");
    if (Files.isRegularFile(wordFile)) {
      java.util.Set<String> wanted = new java.util.HashSet<>(wnids);
      List<String> all = lines(wordFile);
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).isBlank()) {
          continue;
        }
        String[] parts = all.get(i).split("\t", 2);
        if (parts.length != 2) {
          throw new DataFormatException(
              wordFile, wordFile + ": line " + (i + 1) + " is not 'wnid<TAB>description'");
        }
        if (wanted.contains(parts[0])) {
          words.put(parts[0], parts[1]);
        }
      }
    }
    return new TinyImageNet(dir, List.copyOf(wnids), words);
  }

  /** The 200 wnids in label order (sorted). */
  public List<String> wnids() {
    return wnids;
  }

  /** The description of a wnid from {@code words_200.txt}, or the wnid itself if absent. */
  public String description(String wnid) {
    return words.getOrDefault(wnid, wnid);
  }

  /**
   * The 10,000 validation images {@code [10000, 64, 64, 3]} in file order {@code val_0 ..
   * val_9999}, labelled from {@code val_annotations.txt}; class names are the wnids.
   */
  public ImageSet readVal() {
    Path annotations =
        Files.isRegularFile(dir.resolve("val_annotations.txt"))
            ? dir.resolve("val_annotations.txt")
            : dir.resolve("val/val_annotations.txt");
    if (!Files.isRegularFile(annotations)) {
      throw new IllegalArgumentException(
          "missing Tiny-ImageNet val labels: expected "
              + dir.resolve("val_annotations.txt")
              + " or "
              + annotations);
    }
    Map<String, Integer> classOf = new HashMap<>();
    for (int i = 0; i < wnids.size(); i++) {
      classOf.put(wnids.get(i), i);
    }
    Map<String, Integer> labelOfFile = new HashMap<>();
    List<String> rows = lines(annotations);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).isBlank()) {
        continue;
      }
      String[] f = rows.get(i).split("\t");
      if (f.length < 2) {
        throw new DataFormatException(
            annotations, annotations + ": line " + (i + 1) + " is not 'file<TAB>wnid<TAB>box'");
      }
      Integer label = classOf.get(f[1]);
      if (label == null) {
        throw new DataFormatException(
            annotations,
            annotations + ": line " + (i + 1) + " has wnid " + f[1] + ", not in wnids.txt");
      }
      labelOfFile.put(f[0], label);
    }
    TreeMap<Integer, byte[]> images = new TreeMap<>();
    Map<Integer, String> names = new HashMap<>();
    Path valSource =
        Files.exists(dir.resolve("val_images.zip"))
            ? dir.resolve("val_images.zip")
            : dir.resolve("val/images");
    readEntries(
        valSource,
        (name, bytes) -> {
          Matcher m = VAL_ENTRY.matcher(name);
          if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            images.put(index, bytes);
            names.put(index, name);
          }
        });
    int n = images.size();
    int[] labels = new int[n];
    List<byte[]> encoded = new ArrayList<>(n);
    List<String> sources = new ArrayList<>(n);
    int k = 0;
    for (var e : images.entrySet()) {
      if (e.getKey() != k) {
        throw new DataFormatException(valSource, valSource + ": no image val_" + k + ".JPEG");
      }
      String file = "val_" + k + ".JPEG";
      Integer label = labelOfFile.get(file);
      if (label == null) {
        throw new DataFormatException(annotations, annotations + ": no annotation for " + file);
      }
      labels[k] = label;
      encoded.add(e.getValue());
      sources.add(valSource + "!" + names.get(e.getKey()));
      k++;
    }
    return decodeAll(encoded, sources, labels);
  }

  /**
   * The training images ({@code train_images_50per_class.zip}, else the release's {@code train/}
   * folder), ordered by class (label order) then by the number K in {@code WNID_K.JPEG}; class
   * names are the wnids.
   */
  public ImageSet readTrain() {
    return readTrain(Integer.MAX_VALUE);
  }

  /**
   * As {@link #readTrain()}, keeping the images with K below {@code maxPerClass} (50 gives the
   * shared copy's images from the full release).
   */
  public ImageSet readTrain(int maxPerClass) {
    Path zip =
        Files.exists(dir.resolve("train_images_50per_class.zip"))
            ? dir.resolve("train_images_50per_class.zip")
            : dir.resolve("train");
    Map<String, Integer> classOf = new HashMap<>();
    for (int i = 0; i < wnids.size(); i++) {
      classOf.put(wnids.get(i), i);
    }
    List<TreeMap<Integer, byte[]>> perClass = new ArrayList<>();
    for (int i = 0; i < wnids.size(); i++) {
      perClass.add(new TreeMap<>());
    }
    readEntries(
        zip,
        (name, bytes) -> {
          Matcher m = TRAIN_ENTRY.matcher(name);
          if (!m.matches() || Integer.parseInt(m.group(3)) >= maxPerClass) {
            return;
          }
          Integer label = classOf.get(m.group(1));
          if (label == null || !m.group(1).equals(m.group(2))) {
            throw new DataFormatException(
                zip,
                zip
                    + ": entry "
                    + name
                    + " has a wnid that is not in wnids.txt or disagrees with"
                    + " its folder");
          }
          perClass.get(label).put(Integer.parseInt(m.group(3)), bytes);
        });
    List<byte[]> encoded = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<Integer> labelList = new ArrayList<>();
    for (int c = 0; c < perClass.size(); c++) {
      for (var e : perClass.get(c).entrySet()) {
        encoded.add(e.getValue());
        sources.add(zip + "!train/" + wnids.get(c) + "/images/" + wnids.get(c) + "_" + e.getKey());
        labelList.add(c);
      }
    }
    if (encoded.isEmpty()) {
      throw new DataFormatException(zip, zip + ": no train/WNID/images/WNID_K.JPEG images");
    }
    return decodeAll(encoded, sources, labelList.stream().mapToInt(Integer::intValue).toArray());
  }

  private ImageSet decodeAll(List<byte[]> encoded, List<String> sources, int[] labels) {
    byte[] pixels = ImageCodec.decodeAll(encoded, sources, SIDE);
    return ImageSet.ofBytes(pixels, encoded.size(), SIDE, SIDE, 3, labels, wnids);
  }

  private interface EntryConsumer {
    void accept(String name, byte[] bytes);
  }

  /**
   * Feeds every file of a zip, or of a folder (named by its path relative to the folder's parent,
   * with '/' separators, so that {@code train/WNID/images/...} matches as in the zip).
   */
  private static void readEntries(Path zipOrFolder, EntryConsumer consumer) {
    if (!Files.isDirectory(zipOrFolder)) {
      readZip(zipOrFolder, consumer);
      return;
    }
    Path base = zipOrFolder.getParent();
    try (java.util.stream.Stream<Path> files = Files.walk(zipOrFolder)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        consumer.accept(
            base.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + zipOrFolder, e);
    }
  }

  private static void readZip(Path zip, EntryConsumer consumer) {
    if (!Files.isRegularFile(zip)) {
      throw new IllegalArgumentException("missing Tiny-ImageNet images: expected " + zip);
    }
    ZipEntries.read(zip, "Tiny-ImageNet image archive", consumer::accept);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
