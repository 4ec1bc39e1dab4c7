package org.edgefilter.nerf.data;

/** A split of a Blender scene and its transforms file. */
public enum Split {
  TRAIN("transforms_train.json"),
  VAL("transforms_val.json"),
  TEST("transforms_test.json");

  private final String fileName;

  Split(String fileName) {
    this.fileName = fileName;
  }

  /** The transforms file name of this split, e.g. {@code transforms_train.json}. */
  public String fileName() {
    return fileName;
  }
}
