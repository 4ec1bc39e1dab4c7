package org.edgefilter.framework.filter;

/**
 * The filter slots a model offers: positions {@code first..last} of {@code filter.position} and
 * what they mean, stated once per modality (e.g. WRN: {@code 0 after the stem, i after block group
 * i}). {@link #check} is the one error message for a slot that does not exist.
 *
 * @param model the model's name for messages, e.g. {@code WRN-16-4}
 * @param first the lowest valid position
 * @param last the highest valid position (>= first)
 * @param meaning what a position means, e.g. {@code 0 = the input, i = after block i}
 */
public record FilterPositions(String model, int first, int last, String meaning) {

  public FilterPositions {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("need 0 <= first <= last, got " + first + ".." + last);
    }
  }

  /** Whether {@code position} is one of the slots. */
  public boolean contains(int position) {
    return position >= first && position <= last;
  }

  /**
   * Returns {@code filter} if its position is a slot.
   *
   * @throws IllegalArgumentException naming the position, the model, the valid range and meaning
   */
  public FilterConfig check(FilterConfig filter) {
    if (!contains(filter.position())) {
      throw new IllegalArgumentException(
          "filter.position "
              + filter.position()
              + " does not exist in "
              + model
              + ": valid "
              + first
              + ".."
              + last
              + " ("
              + meaning
              + ")");
    }
    return filter;
  }
}
