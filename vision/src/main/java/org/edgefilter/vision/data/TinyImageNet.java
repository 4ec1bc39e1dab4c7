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
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tiny-ImageNet-200 (64x64 RGB, 200 classes) from the files of {@code tiny_imagenet_200/}:
 * {@code wnids.txt} (the 200 WordNet ids), {@code words_200.txt} (id TAB description, optional),
 * {@code val_annotations.txt} (file TAB wnid TAB x0 y0 x1 y1), {@code val_images.zip} (entries
 * {@code images/val_N.JPEG}) and {@code train_images_50per_class.zip} (entries {@code
 * train/WNID/images/WNID_K.JPEG}).
 *
 * <p>Labels index the wnids sorted alphabetically, which is torchvision ImageFolder's class order
 * and so Tiny-ImageNet-C's. Grey JPEGs (the set has some) are copied to three channels.
 */
public final class TinyImageNet {

  /** Side of an image. */
  public static final int SIDE = 64;

  /** Folder of these files within the data directory. */
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

  /** Opens the folder {@code dir} (e.g. {@code DATA/tiny_imagenet_200}), reading the class lists. */
  public static TinyImageNet open(Path dir) {
    Path wnidFile = dir.resolve("wnids.txt");
    if (!Files.isRegularFile(wnidFile)) {
      throw new IllegalArgumentException(
          "missing Tiny-ImageNet class list: expected " + wnidFile);
    }
    List<String> wnids = new ArrayList<>();
    for (String line : lines(wnidFile)) {
      if (!line.isBlank()) {
        wnids.add(line.strip());
      }
    }
    if (wnids.size() != 200 || wnids.stream().distinct().count() != 200) {
      throw new IllegalArgumentException(
          wnidFile + ": expected 200 distinct wnids, got " + wnids.size());
    }
    wnids.sort(null);
    Map<String, String> words = new LinkedHashMap<>();
    Path wordFile = dir.resolve("words_200.txt");
    if (Files.isRegularFile(wordFile)) {
      List<String> all = lines(wordFile);
      for (int i = 0; i < all.size(); i++) {
        String[] parts = all.get(i).split("\t", 2);
        if (parts.length != 2) {
          throw new IllegalArgumentException(
              wordFile + ": line " + (i + 1) + " is not 'wnid<TAB>description'");
        }
        words.put(parts[0], parts[1]);
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
    Path annotations = dir.resolve("val_annotations.txt");
    if (!Files.isRegularFile(annotations)) {
      throw new IllegalArgumentException("missing Tiny-ImageNet val labels: expected " + annotations);
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
        throw new IllegalArgumentException(
            annotations + ": line " + (i + 1) + " is not 'file<TAB>wnid<TAB>box'");
      }
      Integer label = classOf.get(f[1]);
      if (label == null) {
        throw new IllegalArgumentException(
            annotations + ": line " + (i + 1) + " has wnid " + f[1] + ", not in wnids.txt");
      }
      labelOfFile.put(f[0], label);
    }
    TreeMap<Integer, byte[]> images = new TreeMap<>();
    Map<Integer, String> names = new HashMap<>();
    readZip(
        dir.resolve("val_images.zip"),
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
        throw new IllegalArgumentException(
            dir.resolve("val_images.zip") + ": no entry val_" + k + ".JPEG");
      }
      String file = "val_" + k + ".JPEG";
      Integer label = labelOfFile.get(file);
      if (label == null) {
        throw new IllegalArgumentException(annotations + ": no annotation for " + file);
      }
      labels[k] = label;
      encoded.add(e.getValue());
      sources.add(dir.resolve("val_images.zip") + "!" + names.get(e.getKey()));
      k++;
    }
    return decodeAll(encoded, sources, labels);
  }

  /**
   * The training images of {@code train_images_50per_class.zip}, ordered by class (label order)
   * then by the number K in {@code WNID_K.JPEG}; class names are the wnids.
   */
  public ImageSet readTrain() {
    Path zip = dir.resolve("train_images_50per_class.zip");
    Map<String, Integer> classOf = new HashMap<>();
    for (int i = 0; i < wnids.size(); i++) {
      classOf.put(wnids.get(i), i);
    }
    List<TreeMap<Integer, byte[]>> perClass = new ArrayList<>();
    for (int i = 0; i < wnids.size(); i++) {
      perClass.add(new TreeMap<>());
    }
    readZip(
        zip,
        (name, bytes) -> {
          Matcher m = TRAIN_ENTRY.matcher(name);
          if (!m.matches()) {
            return;
          }
          Integer label = classOf.get(m.group(1));
          if (label == null || !m.group(1).equals(m.group(2))) {
            throw new IllegalArgumentException(
                zip + ": entry " + name + " has a wnid that is not in wnids.txt or disagrees with"
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
      throw new IllegalArgumentException(zip + ": no train/WNID/images/WNID_K.JPEG entries");
    }
    return decodeAll(encoded, sources, labelList.stream().mapToInt(Integer::intValue).toArray());
  }

  private ImageSet decodeAll(List<byte[]> encoded, List<String> sources, int[] labels) {
    int n = encoded.size();
    int len = SIDE * SIDE * 3;
    byte[] pixels = new byte[n * len];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              RgbImage img = ImageCodec.decode(encoded.get(i), sources.get(i));
              if (img.height() != SIDE || img.width() != SIDE) {
                throw new IllegalArgumentException(
                    sources.get(i) + ": image is " + img.height() + "x" + img.width()
                        + ", expected 64x64");
              }
              System.arraycopy(img.pixels(), 0, pixels, i * len, len);
            });
    return ImageSet.ofBytes(pixels, n, SIDE, SIDE, 3, labels, wnids);
  }

  private interface EntryConsumer {
    void accept(String name, byte[] bytes);
  }

  private static void readZip(Path zip, EntryConsumer consumer) {
    if (!Files.isRegularFile(zip)) {
      throw new IllegalArgumentException("missing Tiny-ImageNet images: expected " + zip);
    }
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          consumer.accept(e.getName(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + zip, e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
