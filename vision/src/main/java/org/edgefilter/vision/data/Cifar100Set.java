package org.edgefilter.vision.data;

import java.util.List;

/**
 * CIFAR-100 records: the images with their fine labels, and the coarse (superclass) labels.
 *
 * @param fine images {@code [N, 32, 32, 3]} labelled with the 100 fine classes
 * @param coarseLabels {@code [N]} superclass indices into {@code coarseClassNames}
 * @param coarseClassNames the 20 superclass names
 */
public record Cifar100Set(ImageSet fine, int[] coarseLabels, List<String> coarseClassNames) {

  /** Checks that there is one coarse label per image. */
  public Cifar100Set {
    if (coarseLabels.length != fine.size()) {
      throw new IllegalArgumentException(
          coarseLabels.length + " coarse labels for " + fine.size() + " images");
    }
    coarseLabels = coarseLabels.clone();
    coarseClassNames = List.copyOf(coarseClassNames);
  }

  /** A copy of the coarse labels. */
  @Override
  public int[] coarseLabels() {
    return coarseLabels.clone();
  }

  /** The same images labelled with the superclasses. */
  public ImageSet coarse() {
    return ImageSet.ofBytes(
        fine.bytes(),
        fine.size(),
        fine.height(),
        fine.width(),
        fine.channels(),
        coarseLabels,
        coarseClassNames);
  }
}
