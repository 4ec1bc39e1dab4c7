package org.edgefilter.language.tokenize;

import java.util.Arrays;

/** A growable list of ints without boxing, for the trainer's indices. */
final class IntList {

  private int[] values = new int[4];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int get(int index) {
    return values[index];
  }

  void set(int index, int value) {
    values[index] = value;
  }

  int size() {
    return size;
  }

  /** Keeps the first {@code newSize} values. */
  void truncate(int newSize) {
    size = newSize;
  }

  int last() {
    return values[size - 1];
  }

  void clear() {
    size = 0;
    if (values.length > 64) {
      values = new int[4];
    }
  }
}
