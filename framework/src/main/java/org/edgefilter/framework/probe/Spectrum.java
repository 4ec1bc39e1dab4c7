package org.edgefilter.framework.probe;

import java.util.Arrays;

/**
 * A magnitude spectrum in frequency bins, bin 0 being DC (the mean). For 2D maps a bin is a ring of
 * frequencies at one rounded radius; for 1D sequences a frequency and its mirror. Coefficients are
 * normalized by the number of samples of a map ({@code F / (h w)} or {@code F / L}), so a constant
 * map of value {@code a} has magnitude {@code |a|} at DC and, by Parseval's theorem, the energies
 * of a map sum to its mean square.
 *
 * @param magnitude {@code [bins]} mean of {@code |F|} over the frequencies in each bin and over
 *     every map (batch and channel)
 * @param energy {@code [bins]} sum of {@code |F|^2} over the frequencies in each bin, averaged over
 *     maps; sums to the mean square of the input
 * @param counts {@code [bins]} how many frequencies of one map fall into each bin
 */
public record Spectrum(double[] magnitude, double[] energy, int[] counts) {

  /** Checks that the three arrays have one entry per bin. */
  public Spectrum {
    if (magnitude.length != energy.length || magnitude.length != counts.length) {
      throw new IllegalArgumentException(
          "magnitude, energy and counts need one entry per bin: "
              + magnitude.length
              + ", "
              + energy.length
              + ", "
              + counts.length);
    }
    magnitude = magnitude.clone();
    energy = energy.clone();
    counts = counts.clone();
  }

  /** The number of bins; the highest radius or frequency is {@code bins() - 1}. */
  public int bins() {
    return magnitude.length;
  }

  /** A copy of the mean magnitude per bin. */
  @Override
  public double[] magnitude() {
    return magnitude.clone();
  }

  /** A copy of the energy per bin. */
  @Override
  public double[] energy() {
    return energy.clone();
  }

  /** A copy of the frequency count per bin. */
  @Override
  public int[] counts() {
    return counts.clone();
  }

  /** The bin with the largest mean magnitude (the lowest such bin on ties). */
  public int peakBin() {
    int best = 0;
    for (int i = 1; i < magnitude.length; i++) {
      if (magnitude[i] > magnitude[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The total energy over all bins: the mean square of the input. */
  public double totalEnergy() {
    double total = 0;
    for (double e : energy) {
      total += e;
    }
    return total;
  }

  /**
   * The low-frequency energy fraction: energy in bins {@code <= r0} over total energy, in [0, 1];
   * NaN when the input has no energy at all (every value 0).
   */
  public double lowFrequencyEnergyFraction(double r0) {
    double low = 0;
    for (int i = 0; i < energy.length && i <= r0; i++) {
      low += energy[i];
    }
    return low / totalEnergy();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Spectrum s
        && Arrays.equals(magnitude, s.magnitude)
        && Arrays.equals(energy, s.energy)
        && Arrays.equals(counts, s.counts);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(magnitude) + Arrays.hashCode(energy))
        + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "Spectrum[magnitude="
        + Arrays.toString(magnitude)
        + ", energy="
        + Arrays.toString(energy)
        + ", counts="
        + Arrays.toString(counts)
        + "]";
  }
}
